package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.craftrank.shortlist.solver.Fixtures.candidate;
import static org.craftrank.shortlist.solver.Fixtures.codes;
import static org.craftrank.shortlist.solver.Fixtures.man;
import static org.craftrank.shortlist.solver.Fixtures.plain;
import static org.craftrank.shortlist.solver.Fixtures.solve;
import static org.craftrank.shortlist.solver.Fixtures.woman;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test (or a few) per constraint kind, on instances small enough to check by eye. */
class ConstraintKindsTest {

    @Test
    void withoutConstraintsTheTopKByScoreAreSelectedOnMerit() {
        Shortlist list = solve(plain("90", "85", "80", "75"), 2, ShortlistConstraints.none());

        assertEquals(codes("C01", "C02"), list.selectedCodes());
        assertTrue(list.selected().stream().allMatch(SelectedEntry::onMerit));
        assertEquals(new BigDecimal("175"), list.totalScore());
        assertEquals(0, new BigDecimal("85").compareTo(list.cutScore()));
        assertEquals(Optimality.PROVEN_OPTIMAL, list.optimality());
        assertTrue(list.notSelectedEntry("C03").orElseThrow().hasReason(ReasonKind.OUTRANKED));
    }

    @Test
    void aUnitCapKeepsTheThirdCandidateOfAUnitOutAndSaysWhich() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "89", "U1"),
                man("C", 3, "88", "U1"), man("D", 4, "70", "U2"));

        Shortlist list = solve(candidates, 3, ShortlistConstraints.none().withUnitCap(CapRule.everyKey(2)));

        assertEquals(codes("A", "B", "D"), list.selectedCodes());
        NonSelectedEntry c = list.notSelectedEntry("C").orElseThrow();
        assertTrue(c.aboveCut(), "C scores above D, the lowest on merit");
        Reason reason = c.reasons().get(0);
        assertEquals(ReasonKind.UNIT_CAP_REACHED, reason.kind());
        assertEquals("U1", reason.key());
        assertEquals(2, reason.limit());
        assertEquals(new ConstraintStatus(ConstraintKind.UNIT_CAP, "U1", 2, 2, true), list.constraints().get(0));
    }

    @Test
    void aPerKeyCapOverridesTheDefaultAndACandidateWithoutAKeyIsNotCapped() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "89", "U1"),
                man("C", 3, "88", "U2"), man("D", 4, "87", "U2"), man("E", 5, "86", null), man("F", 6, "85", null));
        CapRule caps = CapRule.everyKey(1).with("U2", 2);

        Shortlist list = solve(candidates, 5, ShortlistConstraints.none().withUnitCap(caps));

        assertEquals(codes("A", "C", "D", "E", "F"), list.selectedCodes());
        assertTrue(list.notSelectedEntry("B").orElseThrow().hasReason(ReasonKind.UNIT_CAP_REACHED));
    }

    @Test
    void anIndustryCapAppliesPerIndustry() {
        List<ShortlistCandidate> candidates = List.of(candidate("A", 1, "90", "U1", "I1", null, false, false),
                candidate("B", 2, "89", "U2", "I1", null, false, false),
                candidate("C", 3, "60", "U3", "I2", null, false, false));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none().withIndustryCap(CapRule.everyKey(1)));

        assertEquals(codes("A", "C"), list.selectedCodes());
        Reason reason = list.notSelectedEntry("B").orElseThrow().reasons().get(0);
        assertEquals(ReasonKind.INDUSTRY_CAP_REACHED, reason.kind());
        assertEquals("I1", reason.key());
    }

    @Test
    void aGroupCapAppliesPerGroup() {
        List<ShortlistCandidate> candidates = List.of(candidate("A", 1, "90", "U1", null, "G1", false, false),
                candidate("B", 2, "89", "U2", null, "G1", false, false),
                candidate("C", 3, "88", "U3", null, "G1", false, false),
                candidate("D", 4, "60", "U4", null, "G2", false, false));

        Shortlist list = solve(candidates, 3, ShortlistConstraints.none()
                .withGroupCap(CapRule.perKey(Map.of("G1", 2))));

        assertEquals(codes("A", "B", "D"), list.selectedCodes());
        assertEquals(ReasonKind.GROUP_CAP_REACHED, list.notSelectedEntry("C").orElseThrow().reasons().get(0).kind());
    }

    @Test
    void aWomenCountMinimumBringsTheBestWomanInAndSaysWhomSheHoldsOff() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "89", "U2"),
                man("C", 3, "88", "U3"), woman("W1", 4, "70", "U4"), woman("W2", 5, "60", "U5"));

        Shortlist list = solve(candidates, 3, ShortlistConstraints.none().withWomen(Minimum.atLeast(1)));

        assertEquals(codes("A", "B", "W1"), list.selectedCodes());
        Reason in = list.selectedEntry("W1").orElseThrow().reasons().get(0);
        assertEquals(ReasonKind.WOMEN_MINIMUM, in.kind());
        assertEquals(List.of("C"), in.relatedCodes());
        NonSelectedEntry c = list.notSelectedEntry("C").orElseThrow();
        assertEquals(ReasonKind.DISPLACED_BY_WOMEN_MINIMUM, c.reasons().get(0).kind());
        assertEquals(List.of("W1"), c.reasons().get(0).relatedCodes());
        // the cut is the lowest score on merit (B, 89), not W1's 70
        assertEquals(0, new BigDecimal("89").compareTo(list.cutScore()));
        assertFalse(c.aboveCut());
    }

    @Test
    void aShareIsRoundedUpOnThePlaces() {
        assertEquals(60, Minimum.percent(30).requiredFor(200));
        assertEquals(61, Minimum.percent(30).requiredFor(201));
        assertEquals(1, Minimum.percent(30).requiredFor(1));
        assertEquals(0, Minimum.percent(0).requiredFor(200));
        assertEquals(34, Minimum.shareOf(new BigDecimal("0.333")).requiredFor(101)); // 33.633 -> 34

        // 30% of 4 places is 1.2, so 2 women
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U"), man("B", 2, "89", "U"),
                man("C", 3, "88", "U"), man("D", 4, "87", "U"), woman("W1", 5, "50", "U"), woman("W2", 6, "40", "U"));
        Shortlist list = solve(candidates, 4, ShortlistConstraints.none().withWomen(Minimum.percent(30)));

        assertEquals(codes("A", "B", "W1", "W2"), list.selectedCodes());
        assertEquals(new ConstraintStatus(ConstraintKind.WOMEN_MINIMUM, null, 2, 2, true), list.constraints().get(0));
    }

    @Test
    void unknownGenderDoesNotCountTowardsTheWomenMinimum() {
        List<ShortlistCandidate> candidates = List.of(candidate("X", 1, "90", "U1", null, null, null, null),
                man("A", 2, "89", "U1"), woman("W", 3, "50", "U1"));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none().withWomen(Minimum.atLeast(1)));

        assertEquals(codes("X", "W"), list.selectedCodes());
    }

    @Test
    void aYoungMinimumBringsTheBestYoungCandidateIn() {
        List<ShortlistCandidate> candidates = List.of(candidate("A", 1, "90", "U1", null, null, false, false),
                candidate("B", 2, "89", "U2", null, null, false, false),
                candidate("Y1", 3, "70", "U3", null, null, false, true),
                candidate("Y2", 4, "65", "U4", null, null, true, true));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none().withYoung(Minimum.atLeast(1)));

        assertEquals(codes("A", "Y1"), list.selectedCodes());
        assertTrue(list.selectedEntry("Y1").orElseThrow().hasReason(ReasonKind.YOUNG_MINIMUM));
        assertTrue(list.notSelectedEntry("B").orElseThrow().hasReason(ReasonKind.DISPLACED_BY_YOUNG_MINIMUM));
    }

    @Test
    void aFixedInclusionIsOnTheListAndTheCandidateItDisplacesSaysSo() {
        Shortlist list = solve(plain("90", "85", "80", "50"), 2,
                ShortlistConstraints.none().withFixedInclusions(Set.of("C04")));

        assertEquals(codes("C01", "C04"), list.selectedCodes());
        assertTrue(list.selectedEntry("C04").orElseThrow().hasReason(ReasonKind.FIXED_INCLUSION));
        Reason reason = list.notSelectedEntry("C02").orElseThrow().reasons().get(0);
        assertEquals(ReasonKind.DISPLACED_BY_FIXED_INCLUSION, reason.kind());
        assertEquals(List.of("C04"), reason.relatedCodes());
    }

    @Test
    void aFixedExclusionIsOffTheListWhateverItsScore() {
        Shortlist list = solve(plain("90", "85", "80"), 2,
                ShortlistConstraints.none().withFixedExclusions(Set.of("C01")));

        assertEquals(codes("C02", "C03"), list.selectedCodes());
        NonSelectedEntry excluded = list.notSelectedEntry("C01").orElseThrow();
        assertEquals(ReasonKind.FIXED_EXCLUSION, excluded.reasons().get(0).kind());
        assertTrue(excluded.aboveCut());
    }

    @Test
    void aCandidateWithoutAScoreIsNeverSelected() {
        List<ShortlistCandidate> candidates = List.of(candidate("N", null, null, "U", null, null, true, true),
                man("A", 1, "50", "U"), man("B", 2, "40", "U"));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none());

        assertEquals(codes("A", "B"), list.selectedCodes());
        assertEquals(ReasonKind.NO_SCORE, list.notSelectedEntry("N").orElseThrow().reasons().get(0).kind());
        assertEquals(2, list.eligibleCount());
        assertEquals(3, list.candidateCount());
    }

    @Test
    void fewerEligibleThanPlacesSelectsEveryoneEligibleAndSaysSo() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "50", "U1"), man("B", 2, "40", "U2"),
                candidate("N", null, null, "U3", null, null, false, false));

        Shortlist list = solve(candidates, 5, ShortlistConstraints.none());

        assertEquals(codes("A", "B"), list.selectedCodes());
        assertTrue(list.fewerEligibleThanPlaces());
        assertEquals(5, list.placesRequested());
        assertEquals(2, list.placesFilled());
        assertEquals(List.of("only 2 eligible candidates for 5 places: every eligible candidate is on the list"
                + " (not eligible: 1 without a score)"), list.notes());
    }

    @Test
    void withFewerEligibleThanPlacesAShareAppliesToThePlacesFilled() {
        // 3 eligible for 10 places: 50% of 3 is 1.5, so 2 women; the list must be all three, which has 2
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "50", "U1"), woman("W1", 2, "40", "U2"),
                woman("W2", 3, "30", "U3"));

        Shortlist list = solve(candidates, 10, ShortlistConstraints.none().withWomen(Minimum.percent(50)));

        assertEquals(3, list.placesFilled());
        assertEquals(new ConstraintStatus(ConstraintKind.WOMEN_MINIMUM, null, 2, 2, true), list.constraints().get(0));
    }

    @Test
    void scoresAreComparedExactlyEvenWithTenDecimalPlaces() {
        List<ShortlistCandidate> candidates = List.of(
                candidate("A", 1, "85.3333333334", "U1", null, null, false, false),
                candidate("B", 2, "85.3333333333", "U2", null, null, false, false),
                candidate("C", 3, "85.33333333329", "U3", null, null, false, false));

        Shortlist list = solve(candidates, 2, ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1)));

        assertEquals(codes("A", "B"), list.selectedCodes());
        assertEquals(new BigDecimal("170.6666666667"), list.totalScore());
    }
}
