package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * "At least a count, or at least a share of the places" of some kind of candidate (women, young).
 *
 * <p>A share is rounded <b>up</b>: 30% of 200 places is 60, 30% of 201 places is 60.3, so 61. "At least 30%" is then
 * really met by the list (60 of 201 would be 29.85%). The product is computed exactly in decimals, never in
 * floating point. The share applies to the places actually filled, which are fewer than requested only when fewer
 * candidates are eligible (see {@link Shortlist#placesFilled()}).
 *
 * @param count at least this many; null when a share is given
 * @param share at least this fraction of the places, between 0 and 1 (0.3 for 30%); null when a count is given
 */
public record Minimum(Integer count, BigDecimal share) {

    public Minimum {
        if ((count == null) == (share == null)) {
            throw new InvalidShortlistRequestException("minimum",
                    "a minimum is either a count or a share, not both or neither");
        }
        if (count != null && count < 0) {
            throw new InvalidShortlistRequestException("minimum", "a minimum count must not be negative, was " + count);
        }
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidShortlistRequestException("minimum",
                    "a minimum share must be between 0 and 1, was " + share.toPlainString());
        }
    }

    public static Minimum atLeast(int count) {
        return new Minimum(count, null);
    }

    /** At least this share of the places, e.g. {@code shareOf(new BigDecimal("0.3"))} for 30%. */
    public static Minimum shareOf(BigDecimal share) {
        return new Minimum(null, share);
    }

    /** At least this percentage of the places, e.g. {@code percent(30)}. */
    public static Minimum percent(int percent) {
        return shareOf(BigDecimal.valueOf(percent).movePointLeft(2));
    }

    /** The number of qualifying candidates required among {@code places} places (a share rounded up). */
    public int requiredFor(int places) {
        if (count != null) {
            return count;
        }
        return share.multiply(BigDecimal.valueOf(places)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** For messages: "at least 60" or "at least 30% of the places". */
    public String describe() {
        return count != null ? "at least " + count
                : "at least " + share.movePointRight(2).stripTrailingZeros().toPlainString() + "% of the places";
    }
}
