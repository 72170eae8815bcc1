package org.craftrank.scoring.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A sheet as its expert sees it. {@code totals} appear once it is submitted. {@code reopened} says, while a
 * reopened sheet is back in draft, when the secretariat reopened it and why. {@code etag} is the version to send
 * back in {@code If-Match}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetView(long campaignId, long expertId, long candidateId, String candidateCode, SheetStatus status,
                        Map<String, Item> items, String overallComment, Totals totals, Instant submittedAt,
                        Instant updatedAt, Reopened reopened, String etag) {

    public record Item(BigDecimal score, String comment) {
    }

    /** The secretariat's last reopening of this sheet, shown to its expert until it is submitted again. */
    public record Reopened(Instant at, String reason) {
    }

    /**
     * @param overall      weighted total on the item scale, rounded to 10 places
     * @param overallExact the same as an exact fraction
     */
    public record Totals(BigDecimal overall, String overallExact, Map<String, BigDecimal> capabilities) {
    }
}
