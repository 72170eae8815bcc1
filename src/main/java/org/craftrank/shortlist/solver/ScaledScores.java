package org.craftrank.shortlist.solver;

import java.math.BigInteger;
import java.util.List;

/**
 * The eligible candidates' exact scores (fractions such as 563/90) as small non-negative integers for CP-SAT,
 * without rounding.
 *
 * <p>Each score is multiplied by D, the least common multiple of their denominators, which makes every score an
 * integer exactly. Then the smallest is subtracted and the differences are divided by their greatest common
 * divisor. Because every list has exactly {@code places} members, the total
 * score of a list is {@code places × min + step × (sum of units)} / D: an affine map with a positive slope,
 * so maximising the units maximises the score, and equal units mean equal scores. Smaller numbers keep CP-SAT's
 * linear relaxation well conditioned; they are never approximations.
 */
final class ScaledScores {

    /** Headroom below 2^63 for CP-SAT's own sums (it rejects models whose linear expressions could overflow). */
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(60);

    private final long[] units;

    private ScaledScores(long[] units) {
        this.units = units;
    }

    static ScaledScores of(List<ExactScore> scores) {
        BigInteger common = BigInteger.ONE;
        for (ExactScore score : scores) {
            BigInteger d = score.denominator();
            common = common.mod(d).signum() == 0 ? common : common.divide(common.gcd(d)).multiply(d);
        }
        BigInteger[] scaled = new BigInteger[scores.size()];
        BigInteger min = null;
        for (int i = 0; i < scaled.length; i++) {
            ExactScore score = scores.get(i);
            scaled[i] = score.numerator().multiply(common.divide(score.denominator()));
            min = min == null || scaled[i].compareTo(min) < 0 ? scaled[i] : min;
        }
        BigInteger step = BigInteger.ZERO;
        for (BigInteger value : scaled) {
            step = step.gcd(value.subtract(min));
        }
        if (step.signum() == 0) {
            step = BigInteger.ONE;
        }
        long[] units = new long[scaled.length];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < units.length; i++) {
            BigInteger unit = scaled[i].subtract(min).divide(step);
            sum = sum.add(unit);
            if (sum.compareTo(LIMIT) > 0) {
                throw new InvalidShortlistRequestException("candidates.score", "the scores, over the common denominator "
                        + common + ", are too precise to be solved exactly in 64-bit integers;"
                        + " round them in the ranking first");
            }
            units[i] = unit.longValueExact();
        }
        return new ScaledScores(units);
    }

    /** The integer weight of eligible candidate {@code i}. */
    long unit(int i) {
        return units[i];
    }

    long[] units() {
        return units.clone();
    }

    long total(boolean[] chosen) {
        long total = 0;
        for (int i = 0; i < units.length; i++) {
            if (chosen[i]) {
                total += units[i];
            }
        }
        return total;
    }
}
