package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One expert's submitted score sheet for one candidate, reduced to the exact totals the ranking needs.
 * An expert who has not submitted a sheet for a candidate simply has no {@code SheetScore} for it — a missing
 * sheet is never a zero.
 *
 * @param expertId         the expert who scored
 * @param candidateId      the candidate scored (a database id written as text, or any other stable id)
 * @param total            the sheet's overall weighted total, exact (weights like 1/3 make it a fraction such as
 *                         563/90 that no decimal holds)
 * @param capabilityTotals the sheet's total per capability code (工匠五力), exact
 */
public record SheetScore(String expertId, String candidateId, BigFraction total,
                          Map<String, BigFraction> capabilityTotals) {

    public SheetScore {
        requireId(expertId, "expertId");
        requireId(candidateId, "candidateId");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(capabilityTotals, "capabilityTotals");
        TreeMap<String, BigFraction> copy = new TreeMap<>();
        capabilityTotals.forEach((code, value) -> {
            requireId(code, "capability code");
            copy.put(code, Objects.requireNonNull(value, () -> "capability " + code + " has no total"));
        });
        // Sorted by code so that every listing derived from a sheet comes out in the same order.
        capabilityTotals = Collections.unmodifiableMap(copy);
    }

    /** For callers whose candidate ids are database numbers. */
    public SheetScore(String expertId, long candidateId, BigFraction total, Map<String, BigFraction> capabilityTotals) {
        this(expertId, Long.toString(candidateId), total, capabilityTotals);
    }

    /** Totals that happen to be finite decimals (test data, benchmarks): a decimal is an exact fraction too. */
    public static SheetScore ofDecimals(String expertId, String candidateId, BigDecimal total,
                                         Map<String, BigDecimal> capabilityTotals) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(capabilityTotals, "capabilityTotals");
        Map<String, BigFraction> exact = new TreeMap<>();
        capabilityTotals.forEach((code, value) -> exact.put(code, value == null ? null : Decimals.exact(value)));
        return new SheetScore(expertId, candidateId, Decimals.exact(total), exact);
    }

    private static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
