package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate not on the list.
 *
 * @param code     pseudonymous code
 * @param rank     merit rank from the ranking (null without a score)
 * @param score    exact aggregated score (null when there is none)
 * @param aboveCut the score is at or above the cut score ({@link Shortlist#cutScore()}): merit alone would not
 *                 have left this candidate out, so a reason that is not {@link ReasonKind#OUTRANKED} is given
 * @param tied     part of a flagged tie (see {@link Shortlist#ties()}): the committee decides
 * @param reasons  why out; every constraint that stands between the candidate and a place
 */
public record NonSelectedEntry(String code, Integer rank, BigDecimal score, boolean aboveCut, boolean tied,
                               List<Reason> reasons) {

    public NonSelectedEntry {
        reasons = List.copyOf(reasons);
    }

    public boolean hasReason(ReasonKind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
}
