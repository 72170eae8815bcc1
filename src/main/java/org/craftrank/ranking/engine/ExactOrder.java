package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Compares exact values, in long arithmetic when numerators and denominators fit a long (every score of a
 * validated model does): {@code a/b} against {@code c/d} is {@code a·d} against {@code c·b} as 128-bit products,
 * with no BigInteger per comparison — sorting 10,000 candidates makes some 130,000 comparisons.
 * <p>
 * Not {@link BigFraction#compareTo}: in commons-numbers-fraction 1.2 it compares the magnitudes of two negative
 * fractions without their sign ({@code -1} comes out below {@code -2}), which a Z_SCORE or BIAS_MODEL score below
 * zero would meet. The fallback for values beyond a long subtracts instead.
 */
final class ExactOrder {

    private ExactOrder() {
    }

    static int compare(BigFraction x, BigFraction y) {
        if (x.getNumerator().bitLength() < 64 && x.getDenominator().bitLength() < 64
                && y.getNumerator().bitLength() < 64 && y.getDenominator().bitLength() < 64) {
            return compare(x.getNumerator().longValue(), x.getDenominator().longValue(),
                    y.getNumerator().longValue(), y.getDenominator().longValue());
        }
        return x.subtract(y).signum();
    }

    /** {@code a/b} against {@code c/d}, the denominators positive. */
    static int compare(long a, long b, long c, long d) {
        long leftHigh = Math.multiplyHigh(a, d);
        long rightHigh = Math.multiplyHigh(c, b);
        if (leftHigh != rightHigh) {
            return Long.compare(leftHigh, rightHigh);
        }
        return Long.compareUnsigned(a * d, c * b);
    }
}
