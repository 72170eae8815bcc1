package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.model.definition.AggregationMethod;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The columnar input ({@link ExactSheets}, what the service reads) ranks and diagnoses exactly as the list of
 * {@link SheetScore} does: same entries, same exact scores, same flags and explanations, for every method.
 */
class ExactSheetsTest {

    private static final String[] CAPABILITIES = {"BRKT", "INHR", "INNO", "LEAD", "PRAC"};

    /** Seeded panel with exact thirds, many exact ties, some candidates with fewer sheets, unreduced fractions. */
    private static ExactSheets panel(int candidates, int experts, long seed) {
        Random random = new Random(seed);
        List<Integer> expertOf = new ArrayList<>();
        List<Integer> candidateOf = new ArrayList<>();
        List<long[]> totals = new ArrayList<>();
        List<long[][]> caps = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            int reviews = c % 7 == 0 ? 3 : 5;
            for (int r = 0; r < reviews; r++) {
                expertOf.add((c * 5 + r) % experts);
                candidateOf.add(c);
                long[][] ofSheet = new long[CAPABILITIES.length][];
                long sumSixths = 0;
                for (int k = 0; k < CAPABILITIES.length; k++) {
                    long halfSteps = 3L * (12 + random.nextInt(4)); // few distinct values: exact ties are common
                    ofSheet[k] = new long[]{halfSteps, 6};
                    sumSixths += halfSteps;
                }
                caps.add(ofSheet);
                totals.add(new long[]{sumSixths * 2, 60}); // unreduced on purpose
            }
        }
        int n = expertOf.size();
        String[] expertIds = new String[experts];
        for (int e = 0; e < experts; e++) {
            expertIds[e] = "E" + (e + 1);
        }
        String[] candidateIds = new String[candidates];
        for (int c = 0; c < candidates; c++) {
            candidateIds[c] = "C" + (candidates - c); // not in id order
        }
        long[][] capNum = new long[CAPABILITIES.length][n];
        long[][] capDen = new long[CAPABILITIES.length][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < CAPABILITIES.length; k++) {
                if (!(i % 11 == 0 && k == 2)) { // some sheets lack a capability
                    capNum[k][i] = caps.get(i)[k][0];
                    capDen[k][i] = caps.get(i)[k][1];
                }
            }
        }
        return new ExactSheets(expertIds, candidateIds, expertOf.stream().mapToInt(Integer::intValue).toArray(),
                candidateOf.stream().mapToInt(Integer::intValue).toArray(),
                totals.stream().mapToLong(t -> t[0]).toArray(), totals.stream().mapToLong(t -> t[1]).toArray(),
                List.of(CAPABILITIES), capNum, capDen);
    }

    @Test
    void theColumnsRankExactlyAsTheListDoes() {
        ExactSheets columns = panel(60, 12, 19);
        List<SheetScore> list = columns.toSheetScores();
        Map<String, Integer> assigned = new TreeMap<>();
        list.forEach(s -> assigned.merge(s.candidateId(), 1, Integer::sum));
        assigned.put("C1", 9);
        for (AggregationMethod method : AggregationMethod.values()) {
            RankingRequest request = new RankingRequest(method, method == AggregationMethod.TRIMMED_MEAN ? 1 : 0,
                    TieBreakStep.parseAll(List.of("CAPABILITY:LEAD", "MEDIAN")));
            assertEquals(RankingEngine.rank(list, assigned, request), RankingEngine.rank(columns, assigned, request),
                    method.name());
        }
        RankingRequest trimmed = new RankingRequest(AggregationMethod.TRIMMED_MEAN, 1, List.of());
        assertEquals(RankingEngine.compareMethods(list, trimmed).candidates(),
                RankingEngine.compareMethods(columns, trimmed).candidates());
    }

    @Test
    void theColumnsDiagnoseExactlyAsTheListDoes() {
        ExactSheets columns = panel(40, 8, 7);
        assertEquals(PanelDiagnostics.compute(columns.toSheetScores(), 1.0, 0.25),
                PanelDiagnostics.compute(columns, 1.0, 0.25));
    }

    @Test
    void twoSheetsOfOneExpertForOneCandidateAreRefusedAsFromTheList() {
        ExactSheets twice = new ExactSheets(new String[]{"E1"}, new String[]{"C1"}, new int[]{0, 0},
                new int[]{0, 0}, new long[]{7, 8}, new long[]{1, 1}, List.of(), new long[0][], new long[0][]);
        assertThrows(IllegalArgumentException.class,
                () -> RankingEngine.rank(twice, Map.of(), RankingRequest.of(AggregationMethod.MEAN)));
    }

    @Test
    void aTieOfEqualFractionsFromDifferentlyWrittenInputsIsATie() {
        // 563/90 written reduced and as 1126/180: the same exact mean, so the same score and a tie.
        ExactSheets columns = new ExactSheets(new String[]{"E1", "E2"}, new String[]{"C1", "C2"},
                new int[]{0, 1, 0, 1}, new int[]{0, 0, 1, 1}, new long[]{563, 563, 1126, 1126},
                new long[]{90, 90, 180, 180}, List.of(), new long[0][], new long[0][]);
        Ranking ranking = RankingEngine.rank(columns, Map.of(), RankingRequest.of(AggregationMethod.MEAN));
        assertEquals(BigFraction.of(563, 90), ranking.entries().get(0).exactScore());
        assertEquals(ranking.entries().get(0).rank(), ranking.entries().get(1).rank());
    }
}
