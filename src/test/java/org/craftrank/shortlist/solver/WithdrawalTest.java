package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.craftrank.shortlist.solver.Fixtures.SOLVER;
import static org.craftrank.shortlist.solver.Fixtures.codes;
import static org.craftrank.shortlist.solver.Fixtures.man;
import static org.craftrank.shortlist.solver.Fixtures.request;
import static org.craftrank.shortlist.solver.Fixtures.woman;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A withdrawal re-solves under the same constraints and says who moved in (and out). */
class WithdrawalTest {

    @Test
    void aWithdrawnWomanUnderABindingMinimumIsReplacedByAWomanNotByTheNextInRank() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "100", "U1"), man("B", 2, "95", "U2"),
                man("C", 3, "93", "U3"), woman("W1", 4, "80", "U4"), man("D", 5, "79", "U5"),
                woman("W2", 6, "70", "U1"), woman("W3", 7, "60", "U6"));
        ShortlistRequest request = request(candidates, 3, ShortlistConstraints.none()
                .withUnitCap(CapRule.everyKey(2)).withWomen(Minimum.atLeast(1)));
        Shortlist before = SOLVER.solve(request);
        assertEquals(codes("A", "B", "W1"), before.selectedCodes());

        Withdrawal withdrawal = SOLVER.withdraw(request, before, "W1", WithdrawalMode.KEEP_OTHERS);

        assertEquals(codes("A", "B", "W2"), withdrawal.shortlist().selectedCodes());
        assertEquals(1, withdrawal.movedIn().size());
        SelectedEntry in = withdrawal.movedIn().get(0);
        assertEquals("W2", in.code());
        assertEquals(ReasonKind.WOMEN_MINIMUM, in.reasons().get(0).kind());
        assertEquals(List.of("C", "D"), in.reasons().get(0).relatedCodes());
        assertTrue(withdrawal.movedOut().isEmpty());
        assertTrue(withdrawal.shortlist().selectedEntry("A").orElseThrow().hasReason(ReasonKind.KEPT_ON_LIST));
        assertEquals(ReasonKind.WITHDRAWN,
                withdrawal.shortlist().notSelectedEntry("W1").orElseThrow().reasons().get(0).kind());
    }

    @Test
    void withoutABindingConstraintTheNextInMeritOrderMovesIn() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "100", "U1"), man("B", 2, "95", "U2"),
                man("C", 3, "93", "U3"), man("D", 4, "90", "U4"));
        ShortlistRequest request = request(candidates, 2, ShortlistConstraints.none());
        Shortlist before = SOLVER.solve(request);

        Withdrawal withdrawal = SOLVER.withdraw(request, before, "A", WithdrawalMode.KEEP_OTHERS);

        assertEquals(List.of("C"), withdrawal.movedIn().stream().map(SelectedEntry::code).toList());
    }

    @Test
    void whenNoSingleReplacementFitsKeepOthersNamesTheConflictAndResolveAllMovesOthers() {
        // W1 withdraws; the only other woman, W2, is in A's unit (cap 1): keeping A leaves no way to meet the minimum
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "100", "U1"), woman("W1", 2, "90", "U2"),
                man("B", 3, "85", "U3"), woman("W2", 4, "80", "U1"));
        ShortlistRequest request = request(candidates, 2, ShortlistConstraints.none()
                .withUnitCap(CapRule.everyKey(1)).withWomen(Minimum.atLeast(1)));
        Shortlist before = SOLVER.solve(request);
        assertEquals(codes("A", "W1"), before.selectedCodes());

        ShortlistInfeasibleException kept = assertThrows(ShortlistInfeasibleException.class,
                () -> SOLVER.withdraw(request, before, "W1", WithdrawalMode.KEEP_OTHERS));
        Infeasibility why = kept.infeasibilities().get(0);
        assertEquals(List.of(ConstraintKind.UNIT_CAP, ConstraintKind.WOMEN_MINIMUM, ConstraintKind.KEPT_ON_LIST),
                why.constraints());
        assertEquals(0L, why.achievable());

        Withdrawal resolved = SOLVER.withdraw(request, before, "W1", WithdrawalMode.RESOLVE_ALL);
        assertEquals(codes("B", "W2"), resolved.shortlist().selectedCodes());
        assertEquals(List.of("B", "W2"), resolved.movedIn().stream().map(SelectedEntry::code).toList());
        assertEquals(List.of("A"), resolved.movedOut());
    }

    @Test
    void withdrawalsChainAndAWithdrawnFixedInclusionIsNoLongerFixed() {
        List<ShortlistCandidate> candidates = List.of(man("A", 1, "100", "U1"), man("B", 2, "95", "U2"),
                man("C", 3, "93", "U3"), man("D", 4, "90", "U4"), man("E", 5, "10", "U5"));
        ShortlistRequest request = request(candidates, 2,
                ShortlistConstraints.none().withFixedInclusions(Set.of("E")));
        Shortlist before = SOLVER.solve(request);
        assertEquals(codes("A", "E"), before.selectedCodes());

        Withdrawal first = SOLVER.withdraw(request, before, "E", WithdrawalMode.KEEP_OTHERS);
        Withdrawal second = SOLVER.withdraw(first.request(), first.shortlist(), "A", WithdrawalMode.KEEP_OTHERS);

        assertEquals(codes("A", "B"), first.shortlist().selectedCodes());
        assertEquals(codes("B", "C"), second.shortlist().selectedCodes());
        assertEquals(Set.of("E", "A"), second.request().withdrawn());
        assertEquals(List.of("C"), second.movedIn().stream().map(SelectedEntry::code).toList());
    }

    @Test
    void onlyACandidateOnTheListCanWithdraw() {
        ShortlistRequest request = request(Fixtures.plain("3", "2", "1"), 1, null);
        Shortlist before = SOLVER.solve(request);

        assertEquals("withdrawnCode", assertThrows(InvalidShortlistRequestException.class,
                () -> SOLVER.withdraw(request, before, "C03", WithdrawalMode.KEEP_OTHERS)).field());
    }
}
