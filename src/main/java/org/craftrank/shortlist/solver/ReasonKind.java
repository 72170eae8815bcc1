package org.craftrank.shortlist.solver;

/** Why a candidate is on the list, or why not. */
public enum ReasonKind {
    // ---- why in ----
    /** In on merit: no better-ranked candidate who could take the place is out. */
    MERIT,
    /** Put on the list by the committee. */
    FIXED_INCLUSION,
    /** Kept on the list when another candidate withdrew. */
    KEPT_ON_LIST,
    /** Holds a place a better-ranked candidate would otherwise take, because the women minimum needs them. */
    WOMEN_MINIMUM,
    /** Likewise for the young minimum. */
    YOUNG_MINIMUM,

    // ---- why out ----
    /** Has no aggregated score, so cannot be selected. */
    NO_SCORE,
    /** Kept off the list by the committee. */
    FIXED_EXCLUSION,
    /** Withdrew. */
    WITHDRAWN,
    /** The cap for the candidate's recommending unit is reached. */
    UNIT_CAP_REACHED,
    /** The cap for the candidate's industry is reached. */
    INDUSTRY_CAP_REACHED,
    /** The cap for the candidate's group is reached. */
    GROUP_CAP_REACHED,
    /** A lower-ranked woman holds the place the candidate would take, because the women minimum needs her. */
    DISPLACED_BY_WOMEN_MINIMUM,
    /** Likewise for the young minimum. */
    DISPLACED_BY_YOUNG_MINIMUM,
    /** A lower-ranked candidate holds the place because the committee fixed them on the list. */
    DISPLACED_BY_FIXED_INCLUSION,
    /** A lower-ranked candidate holds the place because they were kept on the list after a withdrawal. */
    DISPLACED_BY_KEPT_ON_LIST,
    /** Equal score with a selected candidate; only the merit order (rank, then code) put this one out. */
    TIED_AT_EQUAL_SCORE,
    /** Every selected candidate ranks above this one. */
    OUTRANKED,
    /**
     * The solver stopped at its time limit before proving optimality and this candidate could replace a
     * lower-ranked selected one; never given when the result is proven optimal.
     */
    NOT_PROVEN_OPTIMAL
}
