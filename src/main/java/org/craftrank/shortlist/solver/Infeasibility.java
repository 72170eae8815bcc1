package org.craftrank.shortlist.solver;

import java.util.List;

/**
 * One reason why the constraints cannot be met together.
 *
 * @param constraints the constraint kinds that conflict (one for a constraint that fails on its own)
 * @param key         the unit, industry or group concerned, when one is
 * @param required    what the constraint needs (places, women...), when it can be counted
 * @param achievable  the most the other constraints allow, when it can be counted
 * @param message     a sentence naming the constraint and the shortfall
 */
public record Infeasibility(List<ConstraintKind> constraints, String key, Long required, Long achievable,
                            String message) {

    public Infeasibility {
        constraints = List.copyOf(constraints);
    }

    /** By how much the constraint is missed, when it can be counted. */
    public Long shortBy() {
        return required == null || achievable == null ? null : required - achievable;
    }
}
