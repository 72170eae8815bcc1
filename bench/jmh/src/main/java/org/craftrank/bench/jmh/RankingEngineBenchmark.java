package org.craftrank.bench.jmh;

import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.PanelDiagnostics;
import org.craftrank.ranking.engine.Ranking;
import org.craftrank.ranking.engine.RankingEngine;
import org.craftrank.ranking.engine.RankingRequest;
import org.craftrank.ranking.engine.SheetScore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The pure aggregation and statistics code on a seeded panel: {@code candidates} candidates, each scored by 9 of
 * {@code experts} experts (rotating, so every expert has about the same load), sheet totals on the 0–10 scale in
 * half-point item steps as the 2024 national model allows. No database, no HTTP, no JSON: what is left of the
 * ranking request's time once these are taken away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankingEngineBenchmark {

    static final String[] CAPABILITIES = {"BRKT", "INHR", "INNO", "LEAD", "PRAC"};

    @Param({"10000"})
    public int candidates;

    @Param({"300"})
    public int experts;

    @Param({"MEAN", "TRIMMED_MEAN", "Z_SCORE"})
    public String method;

    private List<SheetScore> sheets;

    @Setup(Level.Trial)
    public void generate() {
        sheets = panel(candidates, experts, 9, 20240612L);
    }

    /** Deterministic panel: candidate quality plus expert leniency plus noise, item scores on 0.5 steps. */
    static List<SheetScore> panel(int candidates, int experts, int reviews, long seed) {
        Random random = new Random(seed);
        double[] leniency = new double[experts];
        for (int e = 0; e < experts; e++) {
            leniency[e] = random.nextGaussian() * 0.4;
        }
        List<SheetScore> out = new ArrayList<>(candidates * reviews);
        for (int c = 0; c < candidates; c++) {
            double quality = 6.5 + random.nextGaussian();
            for (int r = 0; r < reviews; r++) {
                int e = (c * reviews + r) % experts;
                // Exact inputs, as the service reads them: thirds of half steps, the total a fifth of their sum.
                Map<String, BigFraction> caps = new LinkedHashMap<>();
                BigFraction sum = BigFraction.ZERO;
                for (String cap : CAPABILITIES) {
                    // three items per capability, each on a 0.5 step: the capability total is their mean
                    int halfSteps = 0;
                    for (int i = 0; i < 3; i++) {
                        double v = quality + leniency[e] + random.nextGaussian() * 0.8;
                        halfSteps += (int) Math.round(Math.max(0, Math.min(10, v)) * 2);
                    }
                    BigFraction capTotal = BigFraction.of(halfSteps, 6);
                    caps.put(cap, capTotal);
                    sum = sum.add(capTotal);
                }
                out.add(new SheetScore("E" + e, "C" + c, sum.divide(5), caps));
            }
        }
        return out;
    }

    @Benchmark
    public Ranking rank() {
        RankingRequest request = RankingRequest.of(AggregationMethod.valueOf(method));
        if (request.aggregation() == AggregationMethod.TRIMMED_MEAN) {
            request = new RankingRequest(AggregationMethod.TRIMMED_MEAN, 1, request.tieBreakSteps());
        }
        return RankingEngine.rank(sheets, request);
    }

    /** Diagnostics do not depend on the method; measured once (under MEAN) to keep the run short. */
    @Benchmark
    public PanelDiagnostics diagnostics() {
        if (!method.equals("MEAN")) {
            return null;
        }
        return PanelDiagnostics.compute(sheets, 1.0, 0.25);
    }
}
