package org.craftrank.scoring.autoassign;

import java.util.List;

/**
 * No assignment meets the request. The message names the bottleneck in words a secretary can act on, e.g.
 * "candidate K7QM2X in group 土木建筑 has 3 conflict-free experts, needs 5".
 *
 * @param rule         which check found it (for tests and logs): a rule name of {@link FeasibilityRules} or
 *                     {@code saturated-candidates}, {@code unreachable-lower-bounds}, {@code load-bounds}
 * @param candidateIds the candidates at the bottleneck (may be empty)
 * @param expertIds    the experts at the bottleneck (may be empty)
 */
public record Infeasible(String rule, String message, List<Long> candidateIds, List<Long> expertIds)
        implements AssignmentOutcome {

    public Infeasible {
        candidateIds = List.copyOf(candidateIds);
        expertIds = List.copyOf(expertIds);
    }
}
