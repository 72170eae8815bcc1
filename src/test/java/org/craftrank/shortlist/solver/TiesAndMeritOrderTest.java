package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.craftrank.shortlist.solver.Fixtures.candidate;
import static org.craftrank.shortlist.solver.Fixtures.codes;
import static org.craftrank.shortlist.solver.Fixtures.man;
import static org.craftrank.shortlist.solver.Fixtures.solve;
import static org.craftrank.shortlist.solver.Fixtures.woman;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Among lists with the same total, merit order decides lexicographically; equal scores split at the cut are flagged. */
class TiesAndMeritOrderTest {

    /**
     * Two lists reach the optimum 17: {A, E} and {B, C}. A conflicts with B (unit), C (industry) and D (group).
     * Lexicographic merit order takes A, the best-ranked candidate on any optimal list; "smallest rank sum" would
     * have taken {B, C} (2 + 3 < 1 + 5), so this also shows the preference is not a rank-sum heuristic.
     */
    @Test
    void amongEqualOptimaTheBestRankedCandidateOnAnyOptimalListIsIn() {
        List<ShortlistCandidate> candidates = List.of(
                candidate("A", 1, "10", "U1", "I1", "G1", false, false),
                candidate("B", 2, "9", "U1", "I2", "G2", false, false),
                candidate("C", 3, "8", "U2", "I1", "G3", false, false),
                candidate("D", 4, "7.5", "U3", "I3", "G1", false, false),
                candidate("E", 5, "7", "U4", "I4", "G4", false, false));
        ShortlistConstraints oneEach = ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1))
                .withIndustryCap(CapRule.everyKey(1)).withGroupCap(CapRule.everyKey(1));

        Shortlist list = solve(candidates, 2, oneEach);

        assertEquals(codes("A", "E"), list.selectedCodes());
        assertEquals(new BigDecimal("17"), list.totalScore());
        NonSelectedEntry b = list.notSelectedEntry("B").orElseThrow();
        assertEquals(ReasonKind.UNIT_CAP_REACHED, b.reasons().get(0).kind());
        assertEquals(ReasonKind.GROUP_CAP_REACHED, list.notSelectedEntry("D").orElseThrow().reasons().get(0).kind());
    }

    @Test
    void scoreComesBeforeMeritOrder() {
        // {A, E} would be lexicographically better, but {B, C} has the higher total once E drops to 6.5
        List<ShortlistCandidate> candidates = List.of(
                candidate("A", 1, "10", "U1", "I1", "G1", false, false),
                candidate("B", 2, "9", "U1", "I2", "G2", false, false),
                candidate("C", 3, "8", "U2", "I1", "G3", false, false),
                candidate("D", 4, "7.5", "U3", "I3", "G1", false, false),
                candidate("E", 5, "6.5", "U4", "I4", "G4", false, false));
        ShortlistConstraints oneEach = ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1))
                .withIndustryCap(CapRule.everyKey(1)).withGroupCap(CapRule.everyKey(1));

        Shortlist list = solve(candidates, 2, oneEach);

        assertEquals(codes("B", "C"), list.selectedCodes());
        // A could replace neither: B shares its unit, C its industry
        assertEquals(List.of(ReasonKind.UNIT_CAP_REACHED, ReasonKind.INDUSTRY_CAP_REACHED),
                list.notSelectedEntry("A").orElseThrow().reasons().stream().map(Reason::kind).toList());
    }

    @Test
    void equalScoresSplitAtTheCutAreFlaggedForTheCommittee() {
        // ranks 3, 3, 3 share the score 80; two places remain for three of them
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "85", "U2"),
                man("X", 3, "80", "U3"), man("Y", 3, "80", "U4"), man("Z", 3, "80", "U5"), man("W", 6, "70", "U6"));

        Shortlist list = solve(candidates, 4, ShortlistConstraints.none());

        assertEquals(codes("A", "B", "X", "Y"), list.selectedCodes()); // code order, the last resort
        assertEquals(1, list.ties().size());
        TieGroup tie = list.ties().get(0);
        assertEquals(0, new BigDecimal("80").compareTo(tie.score()));
        assertEquals(List.of("X", "Y"), tie.selected());
        assertEquals(List.of("Z"), tie.notSelected());
        assertTrue(tie.atCutLine());
        assertTrue(tie.exchangeable());
        assertTrue(list.selectedEntry("X").orElseThrow().tied());
        assertFalse(list.selectedEntry("A").orElseThrow().tied());
        NonSelectedEntry z = list.notSelectedEntry("Z").orElseThrow();
        assertTrue(z.tied());
        assertTrue(z.aboveCut());
        assertEquals(ReasonKind.TIED_AT_EQUAL_SCORE, z.reasons().get(0).kind());
        assertEquals(List.of("X", "Y"), z.reasons().get(0).relatedCodes());
        assertFalse(list.notSelectedEntry("W").orElseThrow().tied());
    }

    @Test
    void aTieAtTheCutThatAConstraintDecidesIsFlaggedButNotExchangeable() {
        // X and Y tie at 80 for the last place; Y's unit is full, so only X can take it
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("X", 2, "80", "U2"),
                man("Y", 2, "80", "U1"));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1)));

        assertEquals(codes("A", "X"), list.selectedCodes());
        TieGroup tie = list.ties().get(0);
        assertTrue(tie.atCutLine());
        assertFalse(tie.exchangeable());
        NonSelectedEntry y = list.notSelectedEntry("Y").orElseThrow();
        assertEquals(List.of(ReasonKind.UNIT_CAP_REACHED, ReasonKind.TIED_AT_EQUAL_SCORE),
                y.reasons().stream().map(Reason::kind).toList());
    }

    @Test
    void aTieAmongWomenBroughtInByTheMinimumIsFlaggedToo() {
        // the women minimum needs one of W1, W2 (equal scores, below the cut): the committee decides which
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "85", "U2"),
                woman("W1", 3, "50", "U3"), woman("W2", 3, "50", "U4"));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none().withWomen(Minimum.atLeast(1)));

        assertEquals(codes("A", "W1"), list.selectedCodes());
        TieGroup tie = list.ties().get(0);
        assertFalse(tie.atCutLine());
        assertTrue(tie.exchangeable());
        assertTrue(list.notSelectedEntry("W2").orElseThrow().hasReason(ReasonKind.TIED_AT_EQUAL_SCORE));
    }

    @Test
    void equalScoresThatAreNotSplitAreNotATie() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 1, "90", "U2"),
                man("C", 3, "80", "U3"));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none());

        assertEquals(codes("A", "B"), list.selectedCodes());
        assertTrue(list.ties().isEmpty());
    }
}
