package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.craftrank.ranking.engine.Sheets.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingEngineTest {

    private static final RankingRequest FULL_CASCADE = new RankingRequest(AggregationMethod.MEAN, 1, List.of(
            TieBreakStep.capability("PRAC"), TieBreakStep.MEDIAN, TieBreakStep.HIGHER_RANKED_COUNT));

    /**
     * Whole-number totals in a narrow band with few sheets per candidate: many exact ties, so the cascade and the
     * committee ties are exercised too, not only the sort.
     */
    private static List<SheetScore> coarseCampaign(Random random, int candidates, int experts) {
        List<SheetScore> sheets = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            int perCandidate = 1 + random.nextInt(experts);
            int first = random.nextInt(experts);
            for (int k = 0; k < perCandidate; k++) {
                int e = (first + k) % experts;
                int total = 70 + random.nextInt(6);
                sheets.add(SheetScore.ofDecimals("E" + (e + 1), "C" + (c + 1), BigDecimal.valueOf(total),
                        Map.of("PRAC", BigDecimal.valueOf(random.nextInt(3)), "INN", BigDecimal.valueOf(total - 10))));
            }
        }
        return sheets;
    }

    @ParameterizedTest
    @EnumSource(AggregationMethod.class)
    void theRankingDependsOnTheSheetsNotOnTheirOrder(AggregationMethod aggregation) {
        Random random = new Random(aggregation.ordinal() * 1000L + 1);
        RankingRequest request = FULL_CASCADE.withAggregation(aggregation);
        for (int trial = 0; trial < 15; trial++) {
            List<SheetScore> sheets = trial % 2 == 0 ? coarseCampaign(random, 30, 5)
                    : Sheets.randomCampaign(random, 30, 6, 1 + trial % 5);

            Ranking reference = RankingEngine.rank(sheets, request);
            for (int shuffle = 0; shuffle < 5; shuffle++) {
                assertEquals(reference, RankingEngine.rank(Sheets.shuffled(sheets, random), request),
                        aggregation + ", trial " + trial + ", shuffle " + shuffle);
            }
        }
    }

    @Test
    void theCoarseCampaignsReallyContainTiesForTheCommittee() {
        Ranking ranking = RankingEngine.rank(coarseCampaign(new Random(1), 30, 5), FULL_CASCADE);

        assertTrue(ranking.entries().stream().anyMatch(RankingEntry::tiedForCommitteeDecision));
        assertTrue(ranking.entries().stream().anyMatch(e -> e.flags().contains(EntryFlag.ORDERED_BY_TIE_BREAK)));
    }

    @Test
    void everyEntryShowsItsFiveCapabilityScores() {
        Ranking ranking = RankingEngine.rank(Sheets.randomCampaign(new Random(3), 10, 5, 3),
                RankingRequest.of(AggregationMethod.MEDIAN));

        for (RankingEntry entry : ranking.entries()) {
            assertEquals(Sheets.CAPABILITIES, List.copyOf(entry.capabilityScores().keySet()));
            assertTrue(entry.capabilityScores().values().stream().allMatch(v -> v != null && v.scale() == 10));
        }
    }

    @Test
    void ranksCountTheCandidatesAboveAndOnlyCommitteeTiesShareOne() {
        Ranking ranking = RankingEngine.rank(coarseCampaign(new Random(5), 40, 4), FULL_CASCADE);

        List<RankingEntry> entries = ranking.entries();
        for (int i = 0; i < entries.size(); i++) {
            RankingEntry entry = entries.get(i);
            if (entry.rank() == null) {
                continue;
            }
            RankingEntry previous = i == 0 ? null : entries.get(i - 1);
            if (previous != null && entry.rank().equals(previous.rank())) {
                assertTrue(entry.tiedForCommitteeDecision() && previous.tiedForCommitteeDecision(), "position " + i);
            } else {
                assertEquals(i + 1, entry.rank(), "competition ranking: 1 + the number of candidates above");
            }
        }
    }

    @Test
    void noSheetsGiveAnEmptyRanking() {
        for (AggregationMethod aggregation : AggregationMethod.values()) {
            Ranking ranking = RankingEngine.rank(List.of(), RankingRequest.of(aggregation));
            assertTrue(ranking.entries().isEmpty());
            assertTrue(ranking.warnings().isEmpty());
        }
    }

    /**
     * A is loved by one expert, C by two; B is middling for all.
     * <pre>
     *        E1  E2  E3   mean   median  trimmed(k=1)
     *   A    90  60  60   70      60      60
     *   B    66  66  66   66      66      66
     *   C    50  70  70   63.3    70      70
     * </pre>
     * MEAN (and BIAS_MODEL, which on a complete design orders like the mean) puts A first; MEDIAN, TRIMMED_MEAN and
     * Z_SCORE (E1's spread is four times the others', so E1's 90 counts for less) put C first. A and C move by 2.
     */
    @Test
    void comparingMethodsListsTheCandidatesWhoseRankDependsMostOnTheMethodFirst() {
        List<SheetScore> sheets = Sheets.table(new String[][] {
                {"90", "60", "60"}, {"66", "66", "66"}, {"50", "70", "70"}});
        List<SheetScore> named = sheets.stream().map(s -> sheet(s.expertId(),
                Map.of("C1", "A", "C2", "B", "C3", "C").get(s.candidateId()), Decimals.shown(s.total()))).toList();

        MethodComparison comparison = RankingEngine.compareMethods(named, FULL_CASCADE);

        assertEquals(List.of("A", "C", "B"),
                comparison.candidates().stream().map(CandidateMethodRanks::candidateId).toList());
        CandidateMethodRanks a = comparison.candidates().get(0);
        assertEquals(Map.of(AggregationMethod.MEAN, 1, AggregationMethod.TRIMMED_MEAN, 3, AggregationMethod.MEDIAN, 3,
                AggregationMethod.Z_SCORE, 3, AggregationMethod.BIAS_MODEL, 1), a.ranks());
        assertEquals(2, a.largestRankChange());
        assertEquals(0, comparison.candidates().get(2).largestRankChange());
        for (AggregationMethod aggregation : AggregationMethod.values()) {
            assertEquals(RankingEngine.rank(named, FULL_CASCADE.withAggregation(aggregation)),
                    comparison.rankings().get(aggregation));
        }
    }

    @Test
    void aCandidateWithoutAScoreUnderOneMethodIsComparedOverTheOthers() {
        // C2 has two sheets: no trimmed mean with k = 1.
        List<SheetScore> sheets = List.of(sheet("E1", "C1", "80"), sheet("E2", "C1", "70"), sheet("E3", "C1", "75"),
                sheet("E1", "C2", "90"), sheet("E2", "C2", "60"));

        MethodComparison comparison = RankingEngine.compareMethods(sheets, FULL_CASCADE);

        CandidateMethodRanks c2 = comparison.candidates().stream().filter(r -> r.candidateId().equals("C2"))
                .findFirst().orElseThrow();
        assertEquals(null, c2.ranks().get(AggregationMethod.TRIMMED_MEAN));
        assertTrue(c2.ranks().containsKey(AggregationMethod.TRIMMED_MEAN));
    }

    /**
     * 10,000 candidates × 9 experts = 90,000 sheets, each with five capability totals — a large campaign — is
     * ranked completely by every method. How fast is the benchmark's business (timings in unit tests are flaky).
     */
    @Test
    void aLargeCampaignIsRankedCompletelyByEveryMethod() {
        List<SheetScore> sheets = Sheets.randomCampaign(new Random(99), 10_000, 9, 9);
        assertEquals(90_000, sheets.size());
        for (AggregationMethod aggregation : AggregationMethod.values()) {
            Ranking ranking = RankingEngine.rank(sheets, FULL_CASCADE.withAggregation(aggregation));
            assertEquals(10_000, ranking.entries().size(), aggregation.name());
            assertTrue(ranking.entries().stream().allMatch(e -> e.rank() != null), aggregation.name());
        }
    }
}
