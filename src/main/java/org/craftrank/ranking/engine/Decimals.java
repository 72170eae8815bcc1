package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The engine's number conventions, in one place.
 * <ul>
 *   <li>MEAN, TRIMMED_MEAN and MEDIAN are computed as exact fractions of the stored totals and ranked on those
 *       exact values: a mean of 1/3 is never confused with 0.3333333333.</li>
 *   <li>Z_SCORE and BIAS_MODEL involve square roots and least squares, so they are computed in {@code double} and
 *       converted here at the boundary, rounded to {@value #FLOATING_POINT_SCALE} decimal places. Totals are at most
 *       a few hundred points, where double arithmetic is good to about 1e-13; digits beyond the ninth place are
 *       noise, and rounding them away means two candidates with equal scores in exact arithmetic tie rather than
 *       being ordered by rounding error.</li>
 *   <li>Every number that leaves the engine is rounded to {@value #SCORE_SCALE} places, half-even, for display
 *       only; nothing is computed from the rounded values. That is the one display rule: the JSON, the CSV and
 *       XLSX exports and the pages all show numbers rounded by {@link #forDisplay}, and the JSON carries the exact
 *       value beside it ({@link #exactText}) so a client can check a tie.</li>
 * </ul>
 */
public final class Decimals {

    static final int SCORE_SCALE = 10;
    static final int FLOATING_POINT_SCALE = 9;

    private Decimals() {
    }

    /** The decimal's exact value: 8.5 is 17/2. */
    static BigFraction exact(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0 ? BigFraction.of(unscaled, BigInteger.TEN.pow(scale))
                : BigFraction.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    static BigFraction fromFloatingPoint(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("a score computed in floating point is not a finite number: " + value);
        }
        return exact(BigDecimal.valueOf(value).setScale(FLOATING_POINT_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * The display rule: {@value #SCORE_SCALE} places, half-even; null stays null. Outputs drop the trailing zeros
     * ({@code ExactDecimals.plain}), which changes how a number is written, not its value.
     */
    public static BigDecimal forDisplay(BigFraction value) {
        if (value == null) {
            return null;
        }
        BigInteger numerator = value.getNumerator();
        BigInteger denominator = value.getDenominator();
        if (numerator.bitLength() <= LONG_DISPLAY_BITS && denominator.bitLength() < 63) {
            return forDisplay(numerator.longValue(), denominator.longValue());
        }
        return value.bigDecimalValue(SCORE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Numerators up to this many bits times 10^10 still fit a long. */
    private static final int LONG_DISPLAY_BITS = 29;
    private static final long SCALE_FACTOR = 10_000_000_000L;

    /**
     * {@code numerator / denominator} ({@code denominator > 0}, {@code |numerator| < 2^29}) by the display rule, in
     * long arithmetic: the same digits as {@link BigFraction#bigDecimalValue} with HALF_EVEN, without a BigDecimal
     * division — a ranking shows some 70,000 numbers at 10,000 candidates.
     */
    static BigDecimal forDisplay(long numerator, long denominator) {
        long scaled = numerator * SCALE_FACTOR;
        long quotient = scaled / denominator;
        long remainder = Math.abs(scaled % denominator);
        long twice = 2 * remainder;
        if (twice > denominator || (twice == denominator && (quotient & 1) != 0)) {
            quotient += scaled < 0 ? -1 : 1;
        }
        return BigDecimal.valueOf(quotient, SCORE_SCALE);
    }

    /** The exact value as {@code num/den} ({@code 563/90}), or the whole number; null stays null. */
    public static String exactText(BigFraction value) {
        if (value == null) {
            return null;
        }
        BigInteger den = value.getDenominator();
        return den.equals(BigInteger.ONE) ? value.getNumerator().toString()
                : value.getNumerator() + "/" + den;
    }

    /** A short form for explanations: {@code 85.5}, not {@code 85.5000000000}. */
    static String shown(BigFraction value) {
        if (value == null) {
            return "none";
        }
        BigDecimal rounded = forDisplay(value).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
