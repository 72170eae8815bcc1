package org.craftrank.model.definition;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact weight. Models write weights as decimals ({@code 0.25}) or fractions ({@code 1/3}); equal thirds
 * have no finite decimal, so weights are kept as exact fractions and "sums to 1" is checked exactly.
 */
public record Weight(BigFraction value) implements Comparable<Weight> {

    /** Decimal places shown when a weight is rendered as a plain number on the wire. */
    public static final int DISPLAY_SCALE = 10;

    public static final Weight ZERO = new Weight(BigFraction.ZERO);
    public static final Weight ONE = new Weight(BigFraction.ONE);

    /**
     * Parses {@code "1/3"}, {@code "0.2"} or {@code "1"}.
     *
     * @throws IllegalArgumentException when the text is neither a decimal nor a fraction of integers
     */
    public static Weight parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        try {
            if (slash < 0) {
                return of(new BigDecimal(t));
            }
            BigInteger num = new BigInteger(t.substring(0, slash).strip());
            BigInteger den = new BigInteger(t.substring(slash + 1).strip());
            if (den.signum() == 0) {
                throw new IllegalArgumentException("'" + text + "' has a zero denominator");
            }
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            return new Weight(BigFraction.of(num, den));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a decimal nor a fraction like 1/3");
        }
    }

    public static Weight of(BigDecimal decimal) {
        return new Weight(ExactDecimals.toFraction(decimal));
    }

    public Weight plus(Weight other) {
        return new Weight(value.add(other.value));
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    /** The weight as a decimal rounded for display; never used in calculations. */
    public BigDecimal toDisplayDecimal() {
        return value.bigDecimalValue(DISPLAY_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The exact value as {@code num/den} (or an integer). */
    public String toExactString() {
        return ExactDecimals.toText(value);
    }

    @Override
    public int compareTo(Weight o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weight w && value.compareTo(w.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return toExactString();
    }
}
