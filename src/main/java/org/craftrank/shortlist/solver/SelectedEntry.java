package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate on the list.
 *
 * @param code    pseudonymous code
 * @param rank    merit rank from the ranking
 * @param score   exact aggregated score
 * @param tied    part of a flagged tie (see {@link Shortlist#ties()}): the committee decides
 * @param reasons why in: {@link ReasonKind#MERIT} alone, or the constraints that brought the candidate in
 */
public record SelectedEntry(String code, Integer rank, BigDecimal score, boolean tied, List<Reason> reasons) {

    public SelectedEntry {
        reasons = List.copyOf(reasons);
    }

    /** In on merit alone, not because of a constraint or a committee decision. */
    public boolean onMerit() {
        return reasons.size() == 1 && reasons.get(0).kind() == ReasonKind.MERIT;
    }

    public boolean hasReason(ReasonKind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
}
