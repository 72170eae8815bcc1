package org.craftrank.model.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreScaleTest {

    /** 0–10 by halves, the scale of every seed model. */
    private final ScoreScale halves = new ScoreScale(new BigDecimal("0"), new BigDecimal("10"), new BigDecimal("0.5"));

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "7", "7.5", "7.50", "10", "10.0"})
    void aScoreOnAStepWithinTheRangeIsAdmitted(String score) {
        assertTrue(halves.admits(new BigDecimal(score)));
    }

    @Test
    void aScoreBetweenStepsIsRefused() {
        assertFalse(halves.admits(new BigDecimal("7.25")));
    }

    @Test
    void aScoreBelowTheMinimumIsRefused() {
        assertFalse(halves.admits(new BigDecimal("-0.5")));
    }

    @Test
    void aScoreAboveTheMaximumIsRefused() {
        assertFalse(halves.admits(new BigDecimal("10.5")));
    }

    @Test
    void stepsAreCountedFromTheMinimumNotFromZero() {
        ScoreScale fromOne = new ScoreScale(new BigDecimal("1"), new BigDecimal("4"), new BigDecimal("1.5"));

        assertTrue(fromOne.admits(new BigDecimal("2.5")));
        assertFalse(fromOne.admits(new BigDecimal("3")));
    }

    @Test
    void aStepMustDivideTheRangeIntoWholeSteps() {
        assertTrue(halves.stepDividesRange());
        assertFalse(new ScoreScale(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.3")).stepDividesRange());
    }

    @Test
    void aScaleWithoutARangeOrWithoutAPositiveStepHasNoWholeSteps() {
        assertFalse(new ScoreScale(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE).stepDividesRange());
        assertFalse(new ScoreScale(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO).stepDividesRange());
    }
}
