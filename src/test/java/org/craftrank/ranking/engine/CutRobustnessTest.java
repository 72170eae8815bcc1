package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.craftrank.ranking.engine.Sheets.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Robustness of the shortlist cut on panels small enough to check by hand. */
class CutRobustnessTest {

    private static final RankingRequest MEAN = RankingRequest.of(AggregationMethod.MEAN);

    /**
     * Means: A 9, B (8+8+5)/3 = 7, C (6+6+8.5)/3 = 6.83, D 5; two places: A and B.
     * Without E1 (or E2): B (8+5)/2 = 6.5 falls below C (6+8.5)/2 = 7.25, so C takes B's place.
     * Without E3: A 9, B 8, C 6, D 5 — unchanged.
     */
    private static final List<SheetScore> FRAGILE = List.of(
            sheet("E1", "A", "9"), sheet("E2", "A", "9"), sheet("E3", "A", "9"),
            sheet("E1", "B", "8"), sheet("E2", "B", "8"), sheet("E3", "B", "5"),
            sheet("E1", "C", "6"), sheet("E2", "C", "6"), sheet("E3", "C", "8.5"),
            sheet("E1", "D", "5"), sheet("E2", "D", "5"), sheet("E3", "D", "5"));

    private static CutRobustness robustness(List<SheetScore> sheets, RankingRequest request, int places,
                                            int resamples, long seed) {
        Ranking ranking = RankingEngine.rank(sheets, request);
        return CutRobustness.of(sheets, ranking, request, places, 5, resamples, seed);
    }

    private static CutRobustness.CutCandidate candidate(CutRobustness r, String id) {
        return r.candidates().stream().filter(c -> c.candidateId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCutThatOneExpertsSheetDecidesIsFlaggedWithTheExpertsWhoMoveIt() {
        CutRobustness r = robustness(FRAGILE, MEAN, 2, 0, 1);

        assertNull(r.unavailableReason());
        assertEquals(3, r.leaveOneOutRuns());
        assertEquals(3, candidate(r, "A").leaveOneOutSelected());
        assertEquals(1, candidate(r, "B").leaveOneOutSelected());
        assertEquals(2, candidate(r, "C").leaveOneOutSelected());
        assertEquals(0, candidate(r, "D").leaveOneOutSelected());
        assertTrue(candidate(r, "B").selected());
        assertFalse(candidate(r, "C").selected());
        assertEquals(List.of("E1", "E2"), candidate(r, "B").expertsWhoseAbsenceMovesIt());
        assertEquals(List.of("E1", "E2"), candidate(r, "C").expertsWhoseAbsenceMovesIt());
        assertEquals(List.of(), candidate(r, "A").expertsWhoseAbsenceMovesIt());
        assertEquals(List.of("E1", "E2"), r.pivotalExperts());
        assertTrue(r.restsOnOneExpert());
    }

    @Test
    void theBootstrapCountsAreBoundedByWhatTheSheetsAllowAndReproducible() {
        CutRobustness r = robustness(FRAGILE, MEAN, 2, 1000, 19);

        // A scores 9 in every resample (all its sheets are 9) and no one else can reach 9: always in.
        assertEquals(1000, candidate(r, "A").bootstrapSelected());
        // D scores 5 in every resample; B's lowest possible mean is 5 and equal scores keep the ranking's order
        // (B before D), C's lowest is 6: D is never in.
        assertEquals(0, candidate(r, "D").bootstrapSelected());
        // The second place goes to exactly one of B and C in each resample.
        assertEquals(1000, candidate(r, "B").bootstrapSelected() + candidate(r, "C").bootstrapSelected());
        assertTrue(candidate(r, "C").bootstrapSelected() > 0, "C overtakes B whenever B draws its 5 twice");

        assertEquals(r, robustness(FRAGILE, MEAN, 2, 1000, 19), "same seed, same counts");
    }

    @Test
    void aClearCutRestsOnNoSingleExpert() {
        List<SheetScore> clear = List.of(
                sheet("E1", "A", "9"), sheet("E2", "A", "9"), sheet("E3", "A", "9"),
                sheet("E1", "B", "8"), sheet("E2", "B", "8"), sheet("E3", "B", "8"),
                sheet("E1", "C", "5"), sheet("E2", "C", "5"), sheet("E3", "C", "5"));
        CutRobustness r = robustness(clear, MEAN, 2, 200, 7);

        assertFalse(r.restsOnOneExpert());
        assertEquals(3, candidate(r, "B").leaveOneOutSelected());
        assertEquals(200, candidate(r, "B").bootstrapSelected());
        assertEquals(0, candidate(r, "C").leaveOneOutSelected());
        assertEquals(0, candidate(r, "C").bootstrapSelected());
    }

    @Test
    void theTrimmedMeanIsRecomputedWithItsKAndLosesItsScoreBelow2kPlus1Sheets() {
        // k = 1 over three sheets: the middle value. A 9, B 8 (5, 8, 9), C 7 (6, 7, 9).
        List<SheetScore> sheets = List.of(
                sheet("E1", "A", "9"), sheet("E2", "A", "9"), sheet("E3", "A", "9"),
                sheet("E1", "B", "5"), sheet("E2", "B", "8"), sheet("E3", "B", "9"),
                sheet("E1", "C", "6"), sheet("E2", "C", "7"), sheet("E3", "C", "9"));
        RankingRequest trimmed = new RankingRequest(AggregationMethod.TRIMMED_MEAN, 1, List.of());
        CutRobustness r = robustness(sheets, trimmed, 2, 0, 1);
        // Leaving any expert out leaves two sheets, fewer than 2k+1 = 3: no one has a score, no one is selected.
        assertEquals(0, candidate(r, "A").leaveOneOutSelected());
        assertEquals(0, candidate(r, "B").leaveOneOutSelected());
        assertTrue(r.restsOnOneExpert());
    }

    @Test
    void theMethodsThatRefitThePanelSayWhyThereIsNoAnalysis() {
        CutRobustness r = robustness(FRAGILE, RankingRequest.of(AggregationMethod.Z_SCORE), 2, 10, 1);
        assertNotNull(r.unavailableReason());
        assertTrue(r.candidates().isEmpty());
        assertFalse(r.restsOnOneExpert());
    }

    @Test
    void noCutWhenEveryScoredCandidateFits() {
        CutRobustness r = robustness(FRAGILE, MEAN, 4, 10, 1);
        assertNotNull(r.unavailableReason());
        assertEquals(Map.of(), Map.of());
    }
}
