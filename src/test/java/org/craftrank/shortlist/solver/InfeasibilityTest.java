package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.craftrank.shortlist.solver.Fixtures.candidate;
import static org.craftrank.shortlist.solver.Fixtures.man;
import static org.craftrank.shortlist.solver.Fixtures.plain;
import static org.craftrank.shortlist.solver.Fixtures.request;
import static org.craftrank.shortlist.solver.Fixtures.solve;
import static org.craftrank.shortlist.solver.Fixtures.woman;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Infeasible constraints name the constraint and the shortfall; malformed requests name the field. */
class InfeasibilityTest {

    /** 270 candidates, 41 of them women, 5 of unknown gender; 7 per unit over 40 units. */
    private static List<ShortlistCandidate> campaign() {
        List<ShortlistCandidate> list = new ArrayList<>();
        for (int i = 0; i < 270; i++) {
            Boolean woman = i < 41 ? Boolean.TRUE : i < 46 ? null : Boolean.FALSE;
            list.add(candidate(String.format("K%03d", i), i + 1, String.valueOf(1000 - i), "U" + (i % 40),
                    "I" + (i % 9), "G" + (i % 11), woman, i % 3 == 0));
        }
        return list;
    }

    private static ShortlistInfeasibleException infeasible(List<ShortlistCandidate> candidates, int places,
                                                           ShortlistConstraints constraints) {
        return assertThrows(ShortlistInfeasibleException.class, () -> solve(candidates, places, constraints));
    }

    @Test
    void tooFewWomenIsNamedWithTheShortfall() {
        ShortlistInfeasibleException e = infeasible(campaign(), 200,
                ShortlistConstraints.none().withWomen(Minimum.percent(30)));

        Infeasibility first = e.infeasibilities().get(0);
        assertEquals(InfeasibilityKind.MINIMUM_TOO_FEW, first.kind());
        assertEquals(List.of(ConstraintKind.WOMEN_MINIMUM), first.constraints());
        assertEquals(60L, first.required());
        assertEquals(41L, first.achievable());
        assertEquals(19L, first.shortBy());
        assertEquals("at least 60 women required, only 41 women among the 270 eligible candidates"
                + " (5 of unknown gender do not count) (short by 19)", first.message());
        assertEquals("shortlist-women-minimum", e.rule());
    }

    @Test
    void capsThatLeaveTooFewPlacesAreNamed() {
        ShortlistInfeasibleException e = infeasible(campaign(), 200,
                ShortlistConstraints.none().withUnitCap(CapRule.everyKey(4)).withWomen(Minimum.atLeast(10)));

        Infeasibility first = e.infeasibilities().get(0);
        assertEquals(InfeasibilityKind.CAP_CAPACITY, first.kind());
        assertEquals(200, first.places());
        assertEquals(List.of(ConstraintKind.UNIT_CAP), first.constraints());
        assertEquals("the caps per recommending unit allow at most 160 of the 200 places (short by 40)",
                first.message());
    }

    @Test
    void capsThatLeaveTooFewWomenAreNamed() {
        // 41 women spread over 40 units (U0 has two): a cap of 1 per unit allows 40 women at most
        ShortlistInfeasibleException e = infeasible(campaign(), 200, ShortlistConstraints.none()
                .withUnitCap(CapRule.everyKey(7).with("U0", 1)).withWomen(Minimum.atLeast(41)));

        Infeasibility first = e.infeasibilities().get(0);
        assertEquals(InfeasibilityKind.CAP_LIMITS_MINIMUM, first.kind());
        assertEquals(List.of(ConstraintKind.UNIT_CAP, ConstraintKind.WOMEN_MINIMUM), first.constraints());
        assertEquals(40L, first.achievable());
    }

    @Test
    void fixedInclusionsOverACapAreNamed() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "80", "U1"),
                man("C", 3, "70", "U2"));

        ShortlistInfeasibleException e = infeasible(candidates, 2, ShortlistConstraints.none()
                .withUnitCap(CapRule.everyKey(1)).withFixedInclusions(Set.of("A", "B")));

        assertEquals("the candidates fixed on the list put 2 of unit U1 on it, over its cap of 1", e.getMessage());
        assertEquals(List.of(ConstraintKind.FIXED_INCLUSION, ConstraintKind.UNIT_CAP),
                e.infeasibilities().get(0).constraints());
        assertEquals(InfeasibilityKind.FORCED_OVER_CAP, e.infeasibilities().get(0).kind());
        assertEquals("U1", e.infeasibilities().get(0).key());
    }

    @Test
    void moreFixedInclusionsThanPlacesAreNamed() {
        ShortlistInfeasibleException e = infeasible(plain("3", "2", "1"), 2,
                ShortlistConstraints.none().withFixedInclusions(Set.of("C01", "C02", "C03")));

        assertEquals("3 candidates are fixed on the list but there are only 2 places", e.getMessage());
        assertEquals(InfeasibilityKind.FORCED_OVER_PLACES, e.infeasibilities().get(0).kind());
    }

    @Test
    void aFixedInclusionThatCannotBeSelectedIsNamed() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"),
                candidate("N", null, null, "U1", null, null, false, false));

        ShortlistInfeasibleException noScore = infeasible(candidates, 1,
                ShortlistConstraints.none().withFixedInclusions(Set.of("N")));
        ShortlistInfeasibleException excludedToo = infeasible(candidates, 1,
                ShortlistConstraints.none().withFixedInclusions(Set.of("A")).withFixedExclusions(Set.of("A")));

        assertEquals("fixed inclusion N cannot be selected: it has no score", noScore.getMessage());
        assertEquals("fixed inclusion A cannot be selected: it is also a fixed exclusion", excludedToo.getMessage());
        Infeasibility why = noScore.infeasibilities().get(0);
        assertEquals(List.of(InfeasibilityKind.FORCED_INELIGIBLE, "N", ReasonKind.NO_SCORE),
                List.of(why.kind(), why.candidate(), why.why()));
        assertEquals(ReasonKind.FIXED_EXCLUSION, excludedToo.infeasibilities().get(0).why());
    }

    @Test
    void fixedInclusionsThatCrowdOutAMinimumAreNamed() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "80", "U2"),
                woman("W", 3, "70", "U3"), woman("V", 4, "60", "U3"));

        ShortlistInfeasibleException e = infeasible(candidates, 3, ShortlistConstraints.none()
                .withWomen(Minimum.atLeast(2)).withFixedInclusions(Set.of("A", "B")));

        assertEquals("the candidates fixed on the list hold 2 of the 3 places for candidates who do not count as"
                + " women, leaving at most 1 for women; at least 2 required (short by 1)", e.getMessage());
        assertEquals(InfeasibilityKind.FORCED_CROWD_OUT_MINIMUM, e.infeasibilities().get(0).kind());
    }

    @Test
    void anInteractionTheCountsMissIsNamedByTheSolverWithTheShortfall() {
        // Each pair of A, B, C shares a unit, an industry or a group, each capped at 1. Any one kind of cap alone
        // leaves room for two places, but the three together allow only one.
        List<ShortlistCandidate> candidates = List.of(
                candidate("A", 1, "90", "U1", "I1", "G1", false, false),
                candidate("B", 2, "80", "U1", "I2", "G2", false, false),
                candidate("C", 3, "70", "U2", "I2", "G1", false, false));
        ShortlistConstraints constraints = ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1))
                .withIndustryCap(CapRule.everyKey(1)).withGroupCap(CapRule.everyKey(1));

        ShortlistInfeasibleException e = infeasible(candidates, 2, constraints);

        Infeasibility only = e.infeasibilities().get(0);
        assertEquals(List.of(ConstraintKind.UNIT_CAP, ConstraintKind.INDUSTRY_CAP, ConstraintKind.GROUP_CAP),
                only.constraints());
        assertEquals(2L, only.required());
        assertEquals(1L, only.achievable());
        assertEquals(InfeasibilityKind.TOGETHER_PLACES, only.kind());
        assertEquals("the caps per recommending unit and the caps per industry and the caps per group (组别) cannot"
                + " be met together: they allow at most 1 of the 2 places (short by 1)", only.message());
    }

    @Test
    void aMinimumInAnInteractionIsQuantifiedInQualifyingCandidates() {
        // Every pair of the three women shares a unit, an industry or a group, each capped at 1: any one kind of
        // cap alone leaves room for two women, all three together for only one.
        List<ShortlistCandidate> candidates = List.of(
                candidate("W1", 1, "90", "U1", "I1", "G2", true, false),
                candidate("W2", 2, "80", "U1", "I2", "G1", true, false),
                candidate("W3", 3, "70", "U2", "I1", "G1", true, false),
                candidate("M1", 4, "60", "U3", "I3", "G3", false, false),
                candidate("M2", 5, "50", "U4", "I4", "G4", false, false));
        ShortlistConstraints constraints = ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1))
                .withIndustryCap(CapRule.everyKey(1)).withGroupCap(CapRule.everyKey(1))
                .withWomen(Minimum.atLeast(2));

        ShortlistInfeasibleException e = infeasible(candidates, 3, constraints);

        Infeasibility only = e.infeasibilities().get(0);
        assertEquals(List.of(ConstraintKind.UNIT_CAP, ConstraintKind.INDUSTRY_CAP, ConstraintKind.GROUP_CAP,
                ConstraintKind.WOMEN_MINIMUM), only.constraints());
        assertEquals(2L, only.required());
        assertEquals(1L, only.achievable());
        assertEquals(InfeasibilityKind.TOGETHER_MINIMUM, only.kind());
        assertEquals("the caps per recommending unit and the caps per industry and the caps per group (组别) and the"
                + " minimum of women cannot be met together: the caps per recommending unit and the caps per industry"
                + " and the caps per group (组别) allow at most 1 women on a list of 3; at least 2 required"
                + " (short by 1)", only.message());
    }

    @Test
    void twoMinimaThatCannotOverlapEnoughAreNamedWithTheShortfall() {
        // 4 places, at least 3 women and at least 3 young: needs 2 young women, there is only 1
        List<ShortlistCandidate> candidates = List.of(
                candidate("W1", 1, "90", "U", null, null, true, true),
                candidate("W2", 2, "80", "U", null, null, true, false),
                candidate("W3", 3, "70", "U", null, null, true, false),
                candidate("Y1", 4, "60", "U", null, null, false, true),
                candidate("Y2", 5, "50", "U", null, null, false, true),
                candidate("M", 6, "40", "U", null, null, false, false));

        ShortlistInfeasibleException e = infeasible(candidates, 4, ShortlistConstraints.none()
                .withWomen(Minimum.atLeast(3)).withYoung(Minimum.atLeast(3)));

        Infeasibility only = e.infeasibilities().get(0);
        assertEquals(List.of(ConstraintKind.WOMEN_MINIMUM, ConstraintKind.YOUNG_MINIMUM), only.constraints());
        assertEquals(3L, only.required());
        assertEquals(2L, only.achievable());
    }

    @Test
    void capsOnFewerEligibleThanPlacesSayHowManyAreEligible() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "90", "U1"), man("B", 2, "80", "U1"));

        ShortlistInfeasibleException e = infeasible(candidates, 5,
                ShortlistConstraints.none().withUnitCap(CapRule.everyKey(1)));

        assertEquals("the caps per recommending unit allow at most 1 of the 2 places (only 2 eligible candidates"
                + " for 5 places) (short by 1)", e.getMessage());
    }

    @Test
    void malformedRequestsNameTheField() {
        List<ShortlistCandidate> twice = List.of(man("A", 1, "90", "U"), man("A", 2, "80", "U"));
        List<ShortlistCandidate> contradictory = List.of(man("A", 1, "80", "U"), man("B", 2, "90", "U"));

        assertEquals("candidates.code", assertThrows(InvalidShortlistRequestException.class,
                () -> solve(twice, 1, null)).field());
        assertEquals("candidates.rank", assertThrows(InvalidShortlistRequestException.class,
                () -> solve(contradictory, 1, null)).field());
        assertEquals("constraints.fixedExclusions", assertThrows(InvalidShortlistRequestException.class,
                () -> solve(plain("1"), 1, ShortlistConstraints.none().withFixedExclusions(Set.of("X")))).field());
        assertEquals("places", assertThrows(InvalidShortlistRequestException.class,
                () -> request(plain("1"), 0, null)).field());
        assertThrows(InvalidShortlistRequestException.class, () -> CapRule.everyKey(-1));
        assertThrows(InvalidShortlistRequestException.class, () -> Minimum.shareOf(new BigDecimal("1.5")));
    }

    @Test
    void preciseScoresAreSolvedExactlyAndTooPreciseOnesAreRefusedNotRounded() {
        // 28 decimal places, but the differences have a large common divisor: exact in small integers
        List<ShortlistCandidate> solvable = List.of(
                candidate("A", 1, "90.0000000000000000000000000001", "U", null, null, null, null),
                candidate("B", 2, "10", "U", null, null, null, null));
        List<ShortlistCandidate> tooPrecise = List.of(
                candidate("A", 1, "90.0000000000000000000000000001", "U", null, null, null, null),
                candidate("B", 2, "50", "U", null, null, null, null),
                candidate("C", 3, "10", "U", null, null, null, null));

        assertEquals(new BigDecimal("90.0000000000000000000000000001"), solve(solvable, 1, null).totalScore());
        InvalidShortlistRequestException e = assertThrows(InvalidShortlistRequestException.class,
                () -> solve(tooPrecise, 1, null));
        assertEquals("candidates.score", e.field());
    }
}
