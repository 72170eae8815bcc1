package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Averages and spreads of exact values given as whole numbers of the table's unit ({@link ScoreTable#exact}), kept
 * exact until the final rounding for display.
 */
final class ExactAverages {

    /** Far more digits than the {@link Decimals#SCORE_SCALE} places shown, so rounding the root is exact. */
    private static final MathContext SQUARE_ROOT_PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ExactAverages() {
    }

    static long[] units(List<Observation> observations) {
        long[] units = new long[observations.size()];
        for (int i = 0; i < units.length; i++) {
            units[i] = observations.get(i).units();
        }
        return units;
    }

    /** Overflow is impossible for the values {@link ScoreTable} admits, and would throw rather than wrap. */
    static long sum(long[] units, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum = Math.addExact(sum, units[i]);
        }
        return sum;
    }

    static BigFraction mean(ScoreTable table, long[] units) {
        requireValues(units);
        return table.exact(sum(units, 0, units.length), units.length);
    }

    /** The middle value, or the mean of the two middle values; {@code ascending} must be sorted. */
    static BigFraction medianOfSorted(ScoreTable table, long[] ascending) {
        requireValues(ascending);
        int n = ascending.length;
        return n % 2 == 1 ? table.exact(ascending[n / 2])
                : table.exact(Math.addExact(ascending[n / 2], ascending[n / 2 - 1]), 2);
    }

    static BigFraction median(ScoreTable table, long[] units) {
        long[] sorted = units.clone();
        Arrays.sort(sorted);
        return medianOfSorted(table, sorted);
    }

    /**
     * Sample standard deviation (n − 1), rounded for display; null for fewer than two values. The variance
     * {@code (nΣx² − (Σx)²) / (n(n − 1)d²)} is exact; only the square root is approximated.
     */
    static BigDecimal sampleStandardDeviation(ScoreTable table, long[] units) {
        int n = units.length;
        if (n < 2) {
            return null;
        }
        BigInteger sum = BigInteger.ZERO;
        BigInteger sumOfSquares = BigInteger.ZERO;
        for (long v : units) {
            BigInteger x = BigInteger.valueOf(v);
            sum = sum.add(x);
            sumOfSquares = sumOfSquares.add(x.multiply(x));
        }
        BigInteger numerator = sumOfSquares.multiply(BigInteger.valueOf(n)).subtract(sum.multiply(sum));
        BigInteger d = BigInteger.valueOf(table.denominator());
        BigDecimal variance = new BigDecimal(numerator).divide(
                new BigDecimal(BigInteger.valueOf((long) n * (n - 1)).multiply(d).multiply(d)), SQUARE_ROOT_PRECISION);
        return squareRoot(variance).setScale(Decimals.SCORE_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * One Newton step {@code (x + v/x) / 2} from the double estimate: the step squares the estimate's relative
     * error of about 1e-16, giving some 30 correct digits — far past the 10 decimal places shown — for a fraction
     * of the work (and garbage) of {@link BigDecimal#sqrt}, which matters when ranking 10,000 candidates.
     */
    private static BigDecimal squareRoot(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal estimate = BigDecimal.valueOf(Math.sqrt(v.doubleValue()));
        return estimate.add(v.divide(estimate, SQUARE_ROOT_PRECISION)).divide(TWO, SQUARE_ROOT_PRECISION);
    }

    /** Highest minus lowest; exact. */
    static BigFraction range(ScoreTable table, long[] units) {
        requireValues(units);
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;
        for (long v : units) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return table.exact(max - min);
    }

    private static void requireValues(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
    }
}
