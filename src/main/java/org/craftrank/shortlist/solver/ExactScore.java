package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact score as a reduced fraction (the ranking's 563/90, which no decimal holds), in JDK integers only so the
 * solver stays free of other libraries. Compared exactly; equal values are equal however they were written.
 */
public record ExactScore(BigInteger numerator, BigInteger denominator) implements Comparable<ExactScore> {

    public ExactScore {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator == null || denominator.signum() <= 0) {
            throw new IllegalArgumentException("the denominator must be positive");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
    }

    public static ExactScore of(long numerator, long denominator) {
        return new ExactScore(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** A decimal is the fraction it denotes: 8.5 is 17/2. */
    public static ExactScore of(BigDecimal decimal) {
        int scale = decimal.scale();
        return scale >= 0 ? new ExactScore(decimal.unscaledValue(), BigInteger.TEN.pow(scale))
                : new ExactScore(decimal.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    @Override
    public int compareTo(ExactScore other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
