package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The long-arithmetic shortcuts of issue 19 give the same digits as the BigDecimal/BigFraction way they replace:
 * display rounding, the order of two fractions, and the standard deviation's rounded square root.
 */
class ExactShortcutsTest {

    @Test
    void displayRoundingInLongsMatchesBigFractionHalfEven() {
        Random random = new Random(19);
        for (int i = 0; i < 100_000; i++) {
            long numerator = random.nextInt(2_000_001) - 1_000_000;
            long denominator = 1 + random.nextInt(i % 2 == 0 ? 400 : 20_000);
            BigFraction value = BigFraction.of(numerator, denominator);
            assertEquals(value.bigDecimalValue(Decimals.SCORE_SCALE, RoundingMode.HALF_EVEN),
                    Decimals.forDisplay(value), value::toString);
        }
        // Exactly halfway at the eleventh place: to the even neighbour, on both sides of zero.
        assertEquals(new BigDecimal("0.0000000000"), Decimals.forDisplay(BigFraction.of(1, 20_000_000_000L)));
        assertEquals(new BigDecimal("0.0000000002"), Decimals.forDisplay(BigFraction.of(3, 20_000_000_000L)));
        assertEquals(new BigDecimal("-0.0000000002"), Decimals.forDisplay(BigFraction.of(-3, 20_000_000_000L)));
    }

    @Test
    void orderInLongsIsTheOrderOfTheFractions() {
        Random random = new Random(20);
        for (int i = 0; i < 100_000; i++) {
            BigFraction x = BigFraction.of(random.nextLong() >> random.nextInt(64), 1 + (random.nextLong() >>> 1
                    >> random.nextInt(63)));
            BigFraction y = i % 3 == 0 ? x.multiply(BigFraction.of(1)) : BigFraction.of(random.nextLong()
                    >> random.nextInt(64), 1 + (random.nextLong() >>> 1 >> random.nextInt(63)));
            assertEquals(x.subtract(y).signum(), Integer.signum(ExactOrder.compare(x, y)), () -> x + " vs " + y);
        }
        // BigFraction.compareTo (commons-numbers-fraction 1.2) puts -1 below -2; the engine's order does not.
        assertEquals(1, ExactOrder.compare(BigFraction.of(-1), BigFraction.of(-2)));
        assertEquals(1, ExactOrder.compare(BigFraction.of(-1).multiply(BigFraction.of(1L << 62, 3)),
                BigFraction.of(-2).multiply(BigFraction.of(1L << 62, 3)).multiply(BigFraction.of(1L << 40))));
    }

    @Test
    void standardDeviationIsTheCorrectlyRoundedRootOfTheExactVariance() {
        Random random = new Random(21);
        for (int i = 0; i < 5_000; i++) {
            int n = 2 + random.nextInt(12);
            long[] units = new long[n];
            for (int k = 0; k < n; k++) {
                units[k] = random.nextInt(i % 2 == 0 ? 301 : 3_000_001);
            }
            ScoreTable table = table(30);
            BigDecimal expected = referenceSd(units, 30);
            assertEquals(expected, ExactAverages.sampleStandardDeviation(table, units), () -> java.util.Arrays
                    .toString(units));
        }
    }

    /** The variance exactly, its root to 50 digits, then the display rule. */
    private static BigDecimal referenceSd(long[] units, long denominator) {
        int n = units.length;
        BigFraction mean = BigFraction.ZERO;
        for (long v : units) {
            mean = mean.add(BigFraction.of(v, denominator));
        }
        mean = mean.divide(n);
        BigFraction squares = BigFraction.ZERO;
        for (long v : units) {
            BigFraction d = BigFraction.of(v, denominator).subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        BigFraction variance = squares.divide(n - 1);
        MathContext digits = new MathContext(50, RoundingMode.HALF_EVEN);
        BigDecimal v = new BigDecimal(variance.getNumerator()).divide(new BigDecimal(variance.getDenominator()),
                digits);
        return v.sqrt(digits).setScale(Decimals.SCORE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** A table whose common unit is 1/denominator: one sheet with that denominator. */
    private static ScoreTable table(long denominator) {
        return ScoreTable.of(List.of(new SheetScore("E1", "C1", BigFraction.of(1, denominator), Map.of())));
    }
}
