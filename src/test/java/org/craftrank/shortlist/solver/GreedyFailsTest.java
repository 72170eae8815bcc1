package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.craftrank.shortlist.solver.Fixtures.codes;
import static org.craftrank.shortlist.solver.Fixtures.man;
import static org.craftrank.shortlist.solver.Fixtures.solve;
import static org.craftrank.shortlist.solver.Fixtures.woman;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit cap plus a women minimum defeats "fill by merit under the caps, then swap the lowest man for the best
 * woman who fits". Here the best woman, D, is in the same unit as two better men; the greedy fill puts both of
 * them on, so D never fits and the swap takes E, far weaker. The optimum drops B (the second man of unit U1) to
 * make room for D in the same unit — a move greedy never considers.
 */
class GreedyFailsTest {

    private static final List<ShortlistCandidate> CANDIDATES = List.of(
            man("A", 1, "100", "U1"),
            man("B", 2, "99", "U1"),
            man("C", 3, "98", "U2"),
            woman("D", 4, "97", "U1"),
            woman("E", 5, "60", "U3"));
    private static final ShortlistConstraints CONSTRAINTS = ShortlistConstraints.none()
            .withUnitCap(CapRule.everyKey(2)).withWomen(Minimum.atLeast(1));

    @Test
    void theSolverBeatsFillThenSwap() {
        Set<String> greedy = fillThenSwap(CANDIDATES, 3, 2, 1);
        Shortlist list = solve(CANDIDATES, 3, CONSTRAINTS);

        assertEquals(codes("A", "B", "E"), greedy);
        assertEquals(new BigDecimal("259"), total(greedy));
        assertEquals(codes("A", "C", "D"), list.selectedCodes());
        assertEquals(new BigDecimal("295"), list.totalScore());
        assertTrue(list.totalScore().compareTo(total(greedy)) > 0);
    }

    @Test
    void theListExplainsTheTradeOff() {
        Shortlist list = solve(CANDIDATES, 3, CONSTRAINTS);

        SelectedEntry d = list.selectedEntry("D").orElseThrow();
        assertEquals(ReasonKind.WOMEN_MINIMUM, d.reasons().get(0).kind());
        assertEquals(List.of("B"), d.reasons().get(0).relatedCodes());
        assertTrue(list.selectedEntry("A").orElseThrow().onMerit());
        assertTrue(list.selectedEntry("C").orElseThrow().onMerit());

        // B is out because swapping it for C breaks U1's cap, and swapping it for D breaks the women minimum
        NonSelectedEntry b = list.notSelectedEntry("B").orElseThrow();
        assertEquals(List.of(ReasonKind.UNIT_CAP_REACHED, ReasonKind.DISPLACED_BY_WOMEN_MINIMUM),
                b.reasons().stream().map(Reason::kind).toList());
        assertTrue(b.aboveCut(), "B (99) is above the cut score, C's 98");
        assertEquals(ReasonKind.OUTRANKED, list.notSelectedEntry("E").orElseThrow().reasons().get(0).kind());
    }

    /** The straw man: fill by merit under the caps, then swap the lowest-ranked man for the best woman who fits. */
    static Set<String> fillThenSwap(List<ShortlistCandidate> candidates, int places, int unitCap, int women) {
        List<ShortlistCandidate> byMerit = candidates.stream()
                .sorted(Comparator.comparing(ShortlistCandidate::rank)).toList();
        List<ShortlistCandidate> chosen = new ArrayList<>();
        Map<String, Integer> perUnit = new HashMap<>();
        for (ShortlistCandidate c : byMerit) {
            if (chosen.size() < places && perUnit.getOrDefault(c.unitKey(), 0) < unitCap) {
                chosen.add(c);
                perUnit.merge(c.unitKey(), 1, Integer::sum);
            }
        }
        while (chosen.stream().filter(ShortlistCandidate::countsAsWoman).count() < women) {
            Optional<ShortlistCandidate> lowestMan = chosen.stream().filter(c -> !c.countsAsWoman())
                    .max(Comparator.comparing(ShortlistCandidate::rank));
            Optional<ShortlistCandidate> bestWoman = byMerit.stream()
                    .filter(c -> c.countsAsWoman() && !chosen.contains(c)
                            && perUnit.getOrDefault(c.unitKey(), 0) < unitCap)
                    .findFirst();
            if (lowestMan.isEmpty() || bestWoman.isEmpty()) {
                break;
            }
            chosen.remove(lowestMan.get());
            perUnit.merge(lowestMan.get().unitKey(), -1, Integer::sum);
            chosen.add(bestWoman.get());
            perUnit.merge(bestWoman.get().unitKey(), 1, Integer::sum);
        }
        return chosen.stream().map(ShortlistCandidate::code).collect(Collectors.toSet());
    }

    private static BigDecimal total(Set<String> codes) {
        return CANDIDATES.stream().filter(c -> codes.contains(c.code())).map(ShortlistCandidate::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
