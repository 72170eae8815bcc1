package org.craftrank.model.definition;

import java.math.BigDecimal;

/** The range and granularity every item score must respect, e.g. 0–10 by 0.5. */
public record ScoreScale(BigDecimal min, BigDecimal max, BigDecimal step) {

    /** Number of steps between min and max, when the step divides the range exactly. */
    public boolean stepDividesRange() {
        if (step.signum() <= 0 || max.compareTo(min) <= 0) {
            return false;
        }
        return max.subtract(min).remainder(step).signum() == 0;
    }

    /** Whether {@code value} lies in [min, max] and on a step from min. */
    public boolean admits(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.subtract(min).remainder(step).signum() == 0;
    }
}
