package org.craftrank.shortlist.solver;

/**
 * Which check found an {@link Infeasibility}: with the record's numbers it is everything a page needs to word the
 * reason in its own language (the record's English {@code message} is for the API's problem detail and logs).
 */
public enum InfeasibilityKind {
    /** A fixed inclusion or a kept candidate cannot be selected ({@code candidate}, {@code why}). */
    FORCED_INELIGIBLE,
    /** More candidates are fixed on the list ({@code required}) than there are places ({@code achievable}). */
    FORCED_OVER_PLACES,
    /** The fixed candidates put {@code required} of one unit, industry or group ({@code key}) over its cap. */
    FORCED_OVER_CAP,
    /** A kind of cap leaves room for only {@code achievable} of the {@code required} places. */
    CAP_CAPACITY,
    /** A minimum ({@code required}) is larger than the places ({@code achievable}). */
    MINIMUM_OVER_PLACES,
    /** Fewer eligible candidates qualify for a minimum ({@code achievable}) than it requires. */
    MINIMUM_TOO_FEW,
    /** A kind of cap lets at most {@code achievable} qualifying candidates on the list; the minimum needs more. */
    CAP_LIMITS_MINIMUM,
    /** The fixed candidates leave room for only {@code achievable} qualifying candidates; the minimum needs more. */
    FORCED_CROWD_OUT_MINIMUM,
    /** Several constraints together cannot be met, with no count of the shortfall (the solver ran out of time). */
    TOGETHER,
    /** Several constraints together allow at most {@code achievable} qualifying candidates of the required. */
    TOGETHER_MINIMUM,
    /** Several constraints together allow at most {@code achievable} of the {@code required} places. */
    TOGETHER_PLACES
}
