package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/** Averages and spreads of exact decimals, kept exact until the final rounding for display. */
final class ExactAverages {

    /** Far more digits than the {@link Decimals#SCORE_SCALE} places shown, so rounding the root is exact. */
    private static final MathContext SQUARE_ROOT_PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ExactAverages() {
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum;
    }

    static BigFraction mean(Collection<BigDecimal> values) {
        requireValues(values);
        return Decimals.quotient(sum(values), values.size());
    }

    /** The middle value, or the mean of the two middle values; {@code ascending} must be sorted. */
    static BigFraction medianOfSorted(List<BigDecimal> ascending) {
        requireValues(ascending);
        int n = ascending.size();
        BigFraction upperMiddle = Decimals.exact(ascending.get(n / 2));
        return n % 2 == 1 ? upperMiddle : upperMiddle.add(Decimals.exact(ascending.get(n / 2 - 1))).divide(2);
    }

    static BigFraction median(Collection<BigDecimal> values) {
        return medianOfSorted(values.stream().sorted().toList());
    }

    /**
     * Sample standard deviation (n − 1), rounded for display; null for fewer than two values. The variance
     * {@code (nΣx² − (Σx)²) / (n(n − 1))} is exact; only the square root is approximated.
     */
    static BigDecimal sampleStandardDeviation(Collection<BigDecimal> values) {
        int n = values.size();
        if (n < 2) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
            sumOfSquares = sumOfSquares.add(v.multiply(v));
        }
        BigDecimal numerator = sumOfSquares.multiply(BigDecimal.valueOf(n)).subtract(sum.multiply(sum));
        BigDecimal variance = Decimals.quotient(numerator, (long) n * (n - 1))
                .bigDecimalValue(SQUARE_ROOT_PRECISION.getPrecision(), RoundingMode.HALF_EVEN);
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
    static BigDecimal range(Collection<BigDecimal> values) {
        requireValues(values);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min);
    }

    private static void requireValues(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
    }
}
