package org.craftrank.shortlist.solver;

/** How far the solver proved its result. Anything but {@link #PROVEN_OPTIMAL} must be shown to the committee. */
public enum Optimality {
    /** The total score is proven maximal, and the merit order among equal optima is proven. */
    PROVEN_OPTIMAL,
    /** The total score is proven maximal, but the merit-order step stopped at its time limit. */
    MERIT_ORDER_NOT_PROVEN,
    /** The solver stopped at its time limit with a feasible list whose total score is not proven maximal. */
    SCORE_NOT_PROVEN
}
