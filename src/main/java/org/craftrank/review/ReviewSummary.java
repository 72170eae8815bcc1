package org.craftrank.review;

import org.craftrank.review.rules.UnitNotice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The formal review of a campaign: counts, notices about units as a whole, and every candidate's result.
 *
 * @param decisionsCleared candidates whose decision a new run cleared, because their result changed
 */
@Schema(name = "FormalReviewSummary")
public record ReviewSummary(Counts counts, List<UnitNotice> unitNotices, List<Long> decisionsCleared,
                            List<ReviewView> results) {

    public record Counts(int candidates, int notReviewed, int pass, int warn, int fail, int overridden,
                         int stale, int admitted) {
    }
}
