package org.craftrank.model.definition;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversions between decimals as written and exact fractions, for weights and the totals computed with them. */
public final class ExactDecimals {

    private ExactDecimals() {
    }

    /** The decimal's exact value: 8.5 becomes 17/2, never a binary approximation. */
    public static BigFraction toFraction(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? BigFraction.of(unscaled, BigInteger.TEN.pow(scale))
                : BigFraction.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    /**
     * The decimal without trailing zeros and never in exponent form: the database pads to the column's scale
     * (85.5000000000) and {@code stripTrailingZeros} alone turns 10 into 1E+1. Null stays null.
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code num/den}, or just the integer when the denominator is 1. */
    public static String toText(BigFraction value) {
        BigInteger den = value.getDenominator();
        return den.equals(BigInteger.ONE) ? value.getNumerator().toString() : value.getNumerator() + "/" + den;
    }
}
