package org.craftrank.shortlist.solver;

/**
 * How a constraint stands in the result.
 *
 * @param kind     the constraint
 * @param key      the unit, industry or group for a cap; null for a minimum
 * @param limit    the cap, or the required minimum
 * @param selected how many selected candidates it counts
 * @param binding  the list sits exactly on the limit (the constraint may have changed the list)
 */
public record ConstraintStatus(ConstraintKind kind, String key, int limit, int selected, boolean binding) {
}
