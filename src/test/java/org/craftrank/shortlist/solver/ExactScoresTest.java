package org.craftrank.shortlist.solver;

import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.ranking.engine.Decimals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the solver compares the ranking's exact scores, not their display. Two scores that round to the same
 * ten places are no tie; two equal fractions that no decimal holds are one.
 */
class ExactScoresTest {

    private static ShortlistCandidate line(String code, int rank, BigFraction exact) {
        return new ShortlistCandidate(code, rank, Decimals.forDisplay(exact), null, null, null, null, null,
                new ExactScore(exact.getNumerator(), exact.getDenominator()));
    }

    @Test
    void scoresThatOnlyLookEqualAreNoTieAtTheCut() {
        BigFraction third = BigFraction.of(1, 3);                       // 0.3333333333… shown as 0.3333333333
        BigFraction rounded = BigFraction.of(3_333_333_333L, 10_000_000_000L); // exactly 0.3333333333
        assertEquals(0, Decimals.forDisplay(third).compareTo(Decimals.forDisplay(rounded)), "same display");

        Shortlist list = Fixtures.solve(List.of(line("A", 1, third), line("B", 2, rounded)), 1,
                ShortlistConstraints.none());

        assertEquals(List.of("A"), list.selected().stream().map(SelectedEntry::code).toList());
        assertTrue(list.ties().isEmpty(), "1/3 is more than 0.3333333333: no tie to flag");
        assertFalse(list.notSelectedEntry("B").orElseThrow().tied());
    }

    @Test
    void equalFractionsThatNoDecimalHoldsAreATieAtTheCut() {
        BigFraction mean = BigFraction.of(563, 90);
        Shortlist list = Fixtures.solve(List.of(line("A", 1, mean), line("B", 1, mean),
                line("C", 3, BigFraction.of(1, 2))), 1, ShortlistConstraints.none());

        assertEquals(1, list.ties().size());
        TieGroup tie = list.ties().get(0);
        assertTrue(tie.atCutLine());
        assertEquals(List.of("A"), tie.selected());
        assertEquals(List.of("B"), tie.notSelected());
        assertEquals(0, Decimals.forDisplay(mean).compareTo(list.cutScore()), "the cut is shown rounded once");
    }

    @Test
    void theScaledIntegersKeepTheExactOrderAcrossDenominators() {
        ScaledScores scores = ScaledScores.of(List.of(ExactScore.of(563, 90), ExactScore.of(25, 4),
                ExactScore.of(1, 3)));
        // Common denominator 180: 1126, 1125, 60 → minus 60 → 1066, 1065, 0; gcd 1.
        assertEquals(1066, scores.unit(0));
        assertEquals(1065, scores.unit(1));
        assertEquals(0, scores.unit(2));
    }
}
