package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.craftrank.ranking.engine.Sheets.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MEAN, TRIMMED_MEAN and MEDIAN on hand-computed cases. */
class ExactAggregationTest {

    /**
     * Totals in thirtieths (weights 1/5 × 1/3, steps of 0.5). P: 188, 188, 187; Q: 190, 190, 183 — both mean 563/90.
     * Rounded to 10 places first, P's totals average 6.2555555556 and Q's 6.2555555555, which would put P first.
     */
    @Test
    void equalExactMeansTieAndTheCascadeDecidesNotTheRounding() {
        List<SheetScore> sheets = List.of(thirtieths("E1", "P", 188), thirtieths("E2", "P", 188),
                thirtieths("E3", "P", 187), thirtieths("E1", "Q", 190), thirtieths("E2", "Q", 190),
                thirtieths("E3", "Q", 183));

        Ranking ranking = RankingEngine.rank(sheets, new RankingRequest(AggregationMethod.MEAN, 0,
                TieBreakStep.parseAll(List.of("MEDIAN"))));

        assertEquals(List.of("Q", "P"), ranking.entries().stream().map(RankingEntry::candidateId).toList());
        assertEquals(BigFraction.of(563, 90), ranking.entry("Q").exactScore());
        assertEquals(BigFraction.of(563, 90), ranking.entry("P").exactScore());
        assertEquals(new BigDecimal("6.2555555556"), ranking.entry("P").score());
        assertEquals(TieBreakStep.parse("MEDIAN"), ranking.entry("Q").explanation().againstNext().decidedBy());
        assertTrue(ranking.entry("Q").flags().contains(EntryFlag.ORDERED_BY_TIE_BREAK));

        Ranking withoutSteps = RankingEngine.rank(sheets, new RankingRequest(AggregationMethod.MEAN, 0, List.of()));
        assertEquals(List.of(1, 1), withoutSteps.entries().stream().map(RankingEntry::rank).toList());
        assertTrue(withoutSteps.entry("P").tiedForCommitteeDecision());
    }

    @Test
    void aCandidateWithFewerSheetsThanAssignedExpertsIsFlagged() {
        List<SheetScore> sheets = List.of(sheet("E1", "C1", "9"), sheet("E1", "C2", "8"), sheet("E2", "C2", "8"));

        Ranking ranking = RankingEngine.rank(sheets, Map.of("C1", 2, "C2", 2), RankingRequest.of(AggregationMethod.MEAN));

        assertTrue(ranking.entry("C1").flags().contains(EntryFlag.FEWER_SHEETS_THAN_ASSIGNED));
        assertEquals(2, ranking.entry("C1").assignedSheets());
        assertEquals(1, ranking.entry("C1").sheetCount());
        assertTrue(!ranking.entry("C2").flags().contains(EntryFlag.FEWER_SHEETS_THAN_ASSIGNED));
    }

    private static SheetScore thirtieths(String expert, String candidate, int numerator) {
        return new SheetScore(expert, candidate, BigFraction.of(numerator, 30), Map.of());
    }

    private static RankingRequest trimmed(int k) {
        return new RankingRequest(AggregationMethod.TRIMMED_MEAN, k, List.of(TieBreakStep.MEDIAN));
    }

    @Test
    void theMeanIsExactAndRoundedOnlyForDisplay() {
        // (80 + 85 + 90.5) / 3 = 255.5 / 3 = 85.1666… → 85.1666666667 at 10 places, half-even.
        Ranking ranking = RankingEngine.rank(List.of(sheet("E1", "C1", "80"), sheet("E2", "C1", "85"),
                sheet("E3", "C1", "90.5")), RankingRequest.of(AggregationMethod.MEAN));

        assertEquals(new BigDecimal("85.1666666667"), ranking.entry("C1").score());
    }

    @Test
    void candidatesAreOrderedOnExactMeansNotOnTheRoundedDisplay() {
        // C1: (1 + 0 + 0) / 3 = 1/3; C2: 0.33333333333 (one sheet). Both display as 0.3333333333, but 1/3 is larger.
        Ranking ranking = RankingEngine.rank(List.of(sheet("E1", "C1", "1"), sheet("E2", "C1", "0"),
                sheet("E3", "C1", "0"), sheet("E1", "C2", "0.33333333333")), RankingRequest.of(AggregationMethod.MEAN));

        assertEquals(ranking.entry("C1").score(), ranking.entry("C2").score());
        assertEquals(1, ranking.entry("C1").rank());
        assertEquals(2, ranking.entry("C2").rank());
        assertTrue(ranking.entry("C1").flags().isEmpty(), "not a tie: the exact scores differ");
        assertNull(ranking.entry("C1").explanation().againstNext());
    }

    @Test
    void trimmingOneDropsTheHighestAndTheLowestAndNamesWhose() {
        // 去掉一个最高分和一个最低分: 70 and 99 go; (80 + 85 + 90) / 3 = 85.
        Ranking ranking = RankingEngine.rank(List.of(sheet("E1", "C1", "99"), sheet("E2", "C1", "80"),
                sheet("E3", "C1", "70"), sheet("E4", "C1", "85"), sheet("E5", "C1", "90")), trimmed(1));

        RankingEntry entry = ranking.entry("C1");
        assertEquals(0, new BigDecimal("85").compareTo(entry.score()));
        assertEquals(List.of(new TrimmedScore("E3", org.apache.commons.numbers.fraction.BigFraction.of(Integer.parseInt("70")), TrimmedScore.Side.LOWEST),
                new TrimmedScore("E1", org.apache.commons.numbers.fraction.BigFraction.of(Integer.parseInt("99")), TrimmedScore.Side.HIGHEST)),
                entry.explanation().trimmedScores());
        assertEquals(1, ranking.trimCount());
    }

    @Test
    void tiedTotalsAtTheCutLoseOneCopyPerSlotAttributedByExpertId() {
        // Ascending: 80 (E2), 90 (E1), 90 (E3), 90 (E4). k = 1 drops 80 and one 90 — E4's, by id — leaving
        // (90 + 90) / 2 = 90. Dropping every 90 would leave nothing of the consensus.
        Ranking ranking = RankingEngine.rank(List.of(sheet("E3", "C1", "90"), sheet("E1", "C1", "90"),
                sheet("E4", "C1", "90"), sheet("E2", "C1", "80")), trimmed(1));

        RankingEntry entry = ranking.entry("C1");
        assertEquals(0, new BigDecimal("90").compareTo(entry.score()));
        assertEquals(List.of(new TrimmedScore("E2", org.apache.commons.numbers.fraction.BigFraction.of(Integer.parseInt("80")), TrimmedScore.Side.LOWEST),
                new TrimmedScore("E4", org.apache.commons.numbers.fraction.BigFraction.of(Integer.parseInt("90")), TrimmedScore.Side.HIGHEST)),
                entry.explanation().trimmedScores());
    }

    @Test
    void tooFewSheetsToTrimGiveNoScoreAndSaySo() {
        List<SheetScore> sheets = List.of(
                sheet("E1", "C1", "80"), sheet("E2", "C1", "90"), sheet("E3", "C1", "70"), sheet("E4", "C1", "60"),
                sheet("E1", "C2", "50"), sheet("E2", "C2", "51"), sheet("E3", "C2", "52"), sheet("E4", "C2", "53"),
                sheet("E5", "C2", "54"));

        Ranking ranking = RankingEngine.rank(sheets, trimmed(2));

        RankingEntry c1 = ranking.entry("C1");
        assertNull(c1.score());
        assertNull(c1.rank());
        assertEquals("TRIMMED_MEAN with k=2 needs at least 5 (2k+1) submitted sheets, has 4",
                c1.scoreUnavailableReason());
        assertTrue(c1.flags().contains(EntryFlag.NO_SCORE));
        assertEquals(4, c1.sheetCount(), "the sheets are still counted and described");
        assertEquals(List.of("C2", "C1"), ranking.entries().stream().map(RankingEntry::candidateId).toList(),
                "a candidate without a score comes after every ranked one");
        assertEquals(1, ranking.entry("C2").rank());
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        Ranking ranking = RankingEngine.rank(List.of(sheet("E1", "C1", "70"), sheet("E2", "C1", "90"),
                sheet("E3", "C1", "80")), RankingRequest.of(AggregationMethod.MEDIAN));

        assertEquals(0, new BigDecimal("80").compareTo(ranking.entry("C1").score()));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        // 70, 80, 85, 99 → (80 + 85) / 2 = 82.5
        Ranking ranking = RankingEngine.rank(List.of(sheet("E1", "C1", "99"), sheet("E2", "C1", "80"),
                sheet("E3", "C1", "70"), sheet("E4", "C1", "85")), RankingRequest.of(AggregationMethod.MEDIAN));

        assertEquals(new BigDecimal("82.5000000000"), ranking.entry("C1").score());
    }

    @Test
    void eachCapabilityIsAggregatedByTheSameMethodOnItsOwnValues() {
        // PRAC: 10, 30, 20, 40, 50 → trimmed k=1 drops 10 and 50: (20 + 30 + 40) / 3 = 30.
        // INN:  5, 5, 5, 5, 9 → drops one 5 and the 9: 5. The experts trimmed differ from the total's.
        List<SheetScore> sheets = List.of(
                sheet("E1", "C1", "70", "PRAC", "10", "INN", "5"), sheet("E2", "C1", "80", "PRAC", "30", "INN", "5"),
                sheet("E3", "C1", "75", "PRAC", "20", "INN", "5"), sheet("E4", "C1", "90", "PRAC", "40", "INN", "5"),
                sheet("E5", "C1", "60", "PRAC", "50", "INN", "9"));

        RankingEntry entry = RankingEngine.rank(sheets, trimmed(1)).entry("C1");

        assertEquals(new BigDecimal("30.0000000000"), entry.capabilityScores().get("PRAC"));
        assertEquals(new BigDecimal("5.0000000000"), entry.capabilityScores().get("INN"));
        assertEquals(new BigDecimal("75.0000000000"), entry.score());
    }

    @Test
    void anEntryDescribesTheSpreadOfItsRawTotals() {
        // 80, 85, 90.5: variance = (3·21815.25 − 255.5²) / (3·2) = 165.5 / 6; √27.58333… = 5.2519837522.
        RankingEntry entry = RankingEngine.rank(List.of(sheet("E1", "C1", "80"), sheet("E2", "C1", "85"),
                sheet("E3", "C1", "90.5")), RankingRequest.of(AggregationMethod.MEAN)).entry("C1");

        assertEquals(3, entry.sheetCount());
        assertEquals(new BigDecimal("5.2519837522"), entry.standardDeviation());
        assertEquals(0, new BigDecimal("10.5").compareTo(entry.range()));
    }

    @Test
    void aSingleSheetHasNoStandardDeviation() {
        RankingEntry entry = RankingEngine.rank(List.of(sheet("E1", "C1", "80")),
                RankingRequest.of(AggregationMethod.MEAN)).entry("C1");

        assertNull(entry.standardDeviation());
        assertEquals(0, BigDecimal.ZERO.compareTo(entry.range()));
    }

    @Test
    void trimmingZeroIsTheMean() {
        Random random = new Random(20240601);
        for (int trial = 0; trial < 20; trial++) {
            List<SheetScore> sheets = Sheets.randomCampaign(random, 15 + trial, 6, 1 + trial % 6);

            Ranking mean = RankingEngine.rank(sheets, RankingRequest.of(AggregationMethod.MEAN));
            Ranking trimmedByZero = RankingEngine.rank(sheets,
                    RankingRequest.of(AggregationMethod.MEAN).withAggregation(AggregationMethod.TRIMMED_MEAN));

            assertEquals(mean.entries().stream().map(RankingEntry::score).toList(),
                    trimmedByZero.entries().stream().map(RankingEntry::score).toList());
            assertEquals(mean.entries().stream().map(RankingEntry::candidateId).toList(),
                    trimmedByZero.entries().stream().map(RankingEntry::candidateId).toList());
            assertEquals(mean.entries().stream().map(RankingEntry::capabilityScores).toList(),
                    trimmedByZero.entries().stream().map(RankingEntry::capabilityScores).toList());
            assertTrue(trimmedByZero.entries().stream().allMatch(e -> e.explanation().trimmedScores().isEmpty()));
        }
    }

    @Test
    void twoSheetsFromOneExpertForOneCandidateAreRefused() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RankingEngine.rank(List.of(sheet("E1", "C1", "80"), sheet("E1", "C1", "81")),
                        RankingRequest.of(AggregationMethod.MEAN)));
        assertEquals("expert E1 has more than one sheet for candidate C1", error.getMessage());
    }
}
