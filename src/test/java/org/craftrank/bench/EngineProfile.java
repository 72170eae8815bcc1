package org.craftrank.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.ExactSheets;
import org.craftrank.ranking.engine.PanelDiagnostics;
import org.craftrank.ranking.engine.Ranking;
import org.craftrank.ranking.engine.RankingEngine;
import org.craftrank.ranking.engine.RankingRequest;
import org.craftrank.ranking.view.DiagnosticsView;
import org.craftrank.ranking.view.RankingView;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Benchmark driver, not a test: the ranking pull's in-process parts (engine, view, JSON) on a seeded exact panel
 * like {@code bench/jmh}'s, timed in thread CPU time so the figures hold on a loaded machine. Run under JFR to
 * see where a pull spends, without the database and HTTP:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt)
 * org.craftrank.bench.EngineProfile 10000 20}; {@code -Dprofile.dump=dir} writes the first round's JSON there (to
 * compare two builds' outputs byte for byte), {@code -Dprofile.method=MEDIAN} ranks by another method.
 */
public final class EngineProfile {

    static final String[] CAPABILITIES = {"BRKT", "INHR", "INNO", "LEAD", "PRAC"};

    public static void main(String[] args) {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ExactSheets sheets = panel(candidates, Math.max(9, candidates / 33), 9, 20240612L);
        AggregationMethod method = AggregationMethod.valueOf(System.getProperty("profile.method", "MEAN"));
        RankingRequest request = method == AggregationMethod.TRIMMED_MEAN
                ? new RankingRequest(method, 1, RankingRequest.of(method).tieBreakSteps())
                : RankingRequest.of(method);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        RankingView.Header header = new RankingView.Header(1, "bench", CampaignPhase.DELIBERATION,
                List.of("MEDIAN", "HIGHER_RANKED_COUNT"), false, List.of(), sheets.size(), candidates / 33);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long[] ms = new long[4];
            Ranking ranking = timed(threads, ms, 0, () -> RankingEngine.rank(sheets, Map.of(), request));
            RankingView view = timed(threads, ms, 1, () -> RankingView.of(header, ranking, Set.of()));
            int bytes = timed(threads, ms, 2, () -> write(json, view)).length;
            PanelDiagnostics diagnostics = timed(threads, ms, 3, () -> PanelDiagnostics.compute(sheets, 1.0, 0.25));
            int diagnosticsBytes = write(json, DiagnosticsView.of(1, CampaignPhase.DELIBERATION, BigDecimal.ONE,
                    BigDecimal.ONE, BigDecimal.ONE, diagnostics)).length;
            String dump = System.getProperty("profile.dump");
            if (round == 0 && dump != null) {
                try {
                    java.nio.file.Files.write(java.nio.file.Path.of(dump, "ranking.json"), write(json, view));
                    java.nio.file.Files.write(java.nio.file.Path.of(dump, "diagnostics.json"), write(json,
                            DiagnosticsView.of(1, CampaignPhase.DELIBERATION, BigDecimal.ONE, BigDecimal.ONE,
                                    BigDecimal.ONE, diagnostics)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            System.out.printf(Locale.ROOT, "round %2d: rank %5d ms, view %5d ms, json %5d ms (%,d bytes), "
                            + "diagnostics %5d ms (%,d bytes), thread CPU%n", round, ms[0], ms[1], ms[2], bytes,
                    ms[3], diagnosticsBytes);
        }
    }

    private static byte[] write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T timed(ThreadMXBean threads, long[] ms, int slot, Supplier<T> work) {
        long t0 = threads.getCurrentThreadCpuTime();
        T result = work.get();
        ms[slot] = (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
        return result;
    }

    /** As {@code RankingEngineBenchmark.panel}: quality plus leniency plus noise, items on 0.5 steps, exact. */
    static ExactSheets panel(int candidates, int experts, int reviews, long seed) {
        Random random = new Random(seed);
        double[] leniency = new double[experts];
        for (int e = 0; e < experts; e++) {
            leniency[e] = random.nextGaussian() * 0.4;
        }
        int n = candidates * reviews;
        int[] expert = new int[n];
        int[] candidate = new int[n];
        long[] totalNumerators = new long[n];
        long[] totalDenominators = new long[n];
        long[][] capabilityNumerators = new long[CAPABILITIES.length][n];
        long[][] capabilityDenominators = new long[CAPABILITIES.length][n];
        for (int c = 0; c < candidates; c++) {
            double quality = 6.5 + random.nextGaussian();
            for (int r = 0; r < reviews; r++) {
                int i = c * reviews + r;
                int e = i % experts;
                expert[i] = e;
                candidate[i] = c;
                BigFraction sum = BigFraction.ZERO;
                for (int k = 0; k < CAPABILITIES.length; k++) {
                    int halfSteps = 0;
                    for (int item = 0; item < 3; item++) {
                        double v = quality + leniency[e] + random.nextGaussian() * 0.8;
                        halfSteps += (int) Math.round(Math.max(0, Math.min(10, v)) * 2);
                    }
                    BigFraction capability = BigFraction.of(halfSteps, 6);
                    capabilityNumerators[k][i] = capability.getNumerator().longValueExact();
                    capabilityDenominators[k][i] = capability.getDenominator().longValueExact();
                    sum = sum.add(capability);
                }
                BigFraction total = sum.divide(5);
                totalNumerators[i] = total.getNumerator().longValueExact();
                totalDenominators[i] = total.getDenominator().longValueExact();
            }
        }
        String[] expertIds = new String[experts];
        for (int e = 0; e < experts; e++) {
            expertIds[e] = String.format(Locale.ROOT, "E%03d", e + 1);
        }
        String[] candidateIds = new String[candidates];
        for (int c = 0; c < candidates; c++) {
            candidateIds[c] = String.format(Locale.ROOT, "C%05d", c + 1);
        }
        return new ExactSheets(expertIds, candidateIds, expert, candidate, totalNumerators, totalDenominators,
                List.of(CAPABILITIES), capabilityNumerators, capabilityDenominators);
    }
}
