package org.craftrank.scoring.page;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact weights (1/3) as people read them (33.3%) and as the running-total script multiplies them. */
public final class WeightLabels {

    private WeightLabels() {
    }

    /** A percentage with at most one decimal: 1/5 is "20%", 1/3 is "33.3%". */
    public static String percent(BigFraction weight) {
        return weight.multiply(100).bigDecimalValue(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + "%";
    }

    /**
     * Ten decimal places: enough that the running total of fifteen items on a 0–10 scale is right to far more
     * places than it is shown with (the submitted total is computed exactly on the server).
     */
    public static String decimal(BigFraction weight) {
        BigDecimal value = weight.bigDecimalValue(10, RoundingMode.HALF_EVEN);
        return value.stripTrailingZeros().toPlainString();
    }
}
