package org.craftrank.shortlist.solver;

import java.util.List;

/**
 * One reason why the constraints cannot be met together.
 *
 * @param kind        which check found it: with the numbers below, enough to word it in any language
 * @param constraints the constraint kinds that conflict (one for a constraint that fails on its own)
 * @param key         the unit, industry or group concerned, when one is
 * @param required    what the constraint needs (places, women...), when it can be counted
 * @param achievable  the most the other constraints allow, when it can be counted
 * @param places      the places of the list
 * @param candidate   the candidate concerned (a fixed or kept one that cannot be selected), when one is
 * @param why         why that candidate cannot be selected ({@code NO_SCORE}, {@code FIXED_EXCLUSION},
 *                    {@code WITHDRAWN}), when {@code candidate} is given
 * @param message     a sentence in English naming the constraint and the shortfall (API detail, logs)
 */
public record Infeasibility(InfeasibilityKind kind, List<ConstraintKind> constraints, String key, Long required,
                            Long achievable, int places, String candidate, ReasonKind why, String message) {

    public Infeasibility {
        constraints = List.copyOf(constraints);
    }

    /** By how much the constraint is missed, when it can be counted. */
    public Long shortBy() {
        return required == null || achievable == null ? null : required - achievable;
    }
}
