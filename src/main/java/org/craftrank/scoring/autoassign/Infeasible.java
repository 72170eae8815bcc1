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
 * @param facts        the figures of the message, so a user interface can say the same in its own language
 */
public record Infeasible(String rule, String message, List<Long> candidateIds, List<Long> expertIds, Facts facts)
        implements AssignmentOutcome {

    public Infeasible {
        candidateIds = List.copyOf(candidateIds);
        expertIds = List.copyOf(expertIds);
    }

    /**
     * The message's wording ({@code key}, one per sentence shape: a rule, or a rule's one-or-many variant) and its
     * values in order; an absent group is the empty string. Lists are given as the first names and a count of
     * the rest, as in the English message.
     */
    public record Facts(String key, List<String> values) {

        public Facts {
            values = List.copyOf(values);
        }

        static Facts of(String key, Object... values) {
            return new Facts(key, java.util.Arrays.stream(values)
                    .map(v -> v == null ? "" : v instanceof Long || v instanceof Integer
                            ? FeasibilityRules.number(((Number) v).longValue()) : v.toString())
                    .toList());
        }
    }
}
