package org.craftrank.bench.jmh;

import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.CutRobustness;
import org.craftrank.ranking.engine.ExactSheets;
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
import java.util.HashMap;
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
    /** The same sheets column by column, as the service reads them (issue 19). */
    private ExactSheets columns;
    private Ranking ranking;

    @Setup(Level.Trial)
    public void generate() {
        sheets = panel(candidates, experts, 9, 20240612L);
        columns = columns(sheets);
        ranking = RankingEngine.rank(columns, Map.of(), request());
    }

    /** Dense indices and primitive arrays, every value exact (numerator and denominator). */
    static ExactSheets columns(List<SheetScore> list) {
        Map<String, Integer> experts = new HashMap<>();
        Map<String, Integer> candidates = new HashMap<>();
        int n = list.size();
        int[] expert = new int[n];
        int[] candidate = new int[n];
        long[] totalNumerators = new long[n];
        long[] totalDenominators = new long[n];
        long[][] capabilityNumerators = new long[CAPABILITIES.length][n];
        long[][] capabilityDenominators = new long[CAPABILITIES.length][n];
        for (int i = 0; i < n; i++) {
            SheetScore sheet = list.get(i);
            expert[i] = experts.computeIfAbsent(sheet.expertId(), id -> experts.size());
            candidate[i] = candidates.computeIfAbsent(sheet.candidateId(), id -> candidates.size());
            totalNumerators[i] = sheet.total().getNumerator().longValueExact();
            totalDenominators[i] = sheet.total().getDenominator().longValueExact();
            for (int k = 0; k < CAPABILITIES.length; k++) {
                BigFraction value = sheet.capabilityTotals().get(CAPABILITIES[k]);
                capabilityNumerators[k][i] = value.getNumerator().longValueExact();
                capabilityDenominators[k][i] = value.getDenominator().longValueExact();
            }
        }
        String[] expertIds = new String[experts.size()];
        experts.forEach((id, index) -> expertIds[index] = id);
        String[] candidateIds = new String[candidates.size()];
        candidates.forEach((id, index) -> candidateIds[index] = id);
        return new ExactSheets(expertIds, candidateIds, expert, candidate, totalNumerators, totalDenominators,
                List.of(CAPABILITIES), capabilityNumerators, capabilityDenominators);
    }

    private RankingRequest request() {
        RankingRequest request = RankingRequest.of(AggregationMethod.valueOf(method));
        if (request.aggregation() == AggregationMethod.TRIMMED_MEAN) {
            request = new RankingRequest(AggregationMethod.TRIMMED_MEAN, 1, request.tieBreakSteps());
        }
        return request;
    }

    /** What the service runs since issue 19: the engine on the columns. */
    @Benchmark
    public Ranking rankColumns() {
        return RankingEngine.rank(columns, Map.of(), request());
    }

    /** Diagnostics on the columns (method-independent; measured once, under MEAN). */
    @Benchmark
    public PanelDiagnostics diagnosticsColumns() {
        if (!method.equals("MEAN")) {
            return null;
        }
        return PanelDiagnostics.compute(columns, 1.0, 0.25);
    }

    /**
     * The cut's robustness at a tenth of the candidates: leave-one-out over every expert and 1,000 bootstrap
     * resamples (MEAN and TRIMMED_MEAN; Z_SCORE answers "unavailable" at once).
     */
    @Benchmark
    public CutRobustness robustness() {
        return CutRobustness.of(columns, ranking, request(), Math.max(1, candidates / 10), CutRobustness.DEFAULT_WINDOW,
                CutRobustness.DEFAULT_RESAMPLES, CutRobustness.DEFAULT_SEED);
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
