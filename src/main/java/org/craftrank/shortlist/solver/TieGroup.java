package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.List;

/**
 * Candidates with exactly the same score split between in and out, for the committee to decide.
 *
 * @param score        the shared score (compared exactly)
 * @param selected     the codes of this score on the list, in merit order
 * @param notSelected  the codes of this score off the list, in merit order
 * @param atCutLine    the score is the cut score ({@link Shortlist#cutScore()})
 * @param exchangeable some pair (one in, one out) could be exchanged without breaking any constraint and without
 *                     changing the total score: only the merit order (rank, then code) decided between them
 */
public record TieGroup(BigDecimal score, List<String> selected, List<String> notSelected, boolean atCutLine,
                       boolean exchangeable) {

    public TieGroup {
        selected = List.copyOf(selected);
        notSelected = List.copyOf(notSelected);
    }
}
