package org.craftrank.ranking.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One candidate's submitted totals summarised for the spread chart: lowest, median and highest.
 *
 * @param totals the totals, lowest first
 */
public record Spread(String code, List<BigDecimal> totals, BigDecimal min, BigDecimal median, BigDecimal max) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** @param sortedTotals at least one total, lowest first */
    public static Spread of(String code, List<BigDecimal> sortedTotals) {
        if (sortedTotals.isEmpty()) {
            throw new IllegalArgumentException("candidate " + code + " has no totals");
        }
        int n = sortedTotals.size();
        BigDecimal median = n % 2 == 1 ? sortedTotals.get(n / 2)
                : sortedTotals.get(n / 2 - 1).add(sortedTotals.get(n / 2)).divide(TWO, 10, RoundingMode.HALF_EVEN);
        return new Spread(code, List.copyOf(sortedTotals), sortedTotals.get(0), median, sortedTotals.get(n - 1));
    }
}
