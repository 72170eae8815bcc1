package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Averages and spreads of exact values given as whole numbers of the table's unit ({@link ScoreTable#exact}), kept
 * exact until the final rounding for display.
 */
final class ExactAverages {

    private static final BigInteger TEN_TO_THE_TWENTIETH = BigInteger.TEN.pow(2 * Decimals.SCORE_SCALE);

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
     * {@code v = (nΣx² − (Σx)²) / (n(n − 1)d²)} is exact, and so is the rounding of its root: with
     * {@code q = ⌊√(v · 10^20)⌋} (an integer square root), the root to {@link Decimals#SCORE_SCALE} places half-even
     * is {@code q} or {@code q + 1} tenth-billionths, decided by comparing {@code v · 10^20} with
     * {@code (q + ½)²} in integers (exactly halfway, the even one). No approximation, no BigDecimal division.
     */
    static BigDecimal sampleStandardDeviation(ScoreTable table, long[] units) {
        int n = units.length;
        if (n < 2) {
            return null;
        }
        BigInteger numerator = spreadNumerator(units);
        BigInteger d = BigInteger.valueOf(table.denominator());
        BigInteger denominator = BigInteger.valueOf((long) n * (n - 1)).multiply(d).multiply(d);
        BigInteger scaledNumerator = numerator.multiply(TEN_TO_THE_TWENTIETH);
        BigInteger root = scaledNumerator.divide(denominator).sqrt();
        // Beyond the half when v·10^20 > (q + ½)², i.e. 4·numerator·10^20 > (2q + 1)²·denominator.
        BigInteger twiceRootPlusOne = root.shiftLeft(1).add(BigInteger.ONE);
        int againstHalf = scaledNumerator.shiftLeft(2).compareTo(twiceRootPlusOne.multiply(twiceRootPlusOne)
                .multiply(denominator));
        if (againstHalf > 0 || (againstHalf == 0 && root.testBit(0))) {
            root = root.add(BigInteger.ONE);
        }
        return new BigDecimal(root, Decimals.SCORE_SCALE);
    }

    /** {@code nΣx² − (Σx)²}: in longs for a model's small units, in BigInteger when they would overflow. */
    private static BigInteger spreadNumerator(long[] units) {
        int n = units.length;
        try {
            long sum = 0;
            long sumOfSquares = 0;
            for (long v : units) {
                sum = Math.addExact(sum, v);
                sumOfSquares = Math.addExact(sumOfSquares, Math.multiplyExact(v, v));
            }
            return BigInteger.valueOf(sumOfSquares).multiply(BigInteger.valueOf(n))
                    .subtract(BigInteger.valueOf(sum).multiply(BigInteger.valueOf(sum)));
        } catch (ArithmeticException overflow) {
            BigInteger sum = BigInteger.ZERO;
            BigInteger sumOfSquares = BigInteger.ZERO;
            for (long v : units) {
                BigInteger x = BigInteger.valueOf(v);
                sum = sum.add(x);
                sumOfSquares = sumOfSquares.add(x.multiply(x));
            }
            return sumOfSquares.multiply(BigInteger.valueOf(n)).subtract(sum.multiply(sum));
        }
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
