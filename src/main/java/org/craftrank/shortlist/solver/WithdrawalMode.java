package org.craftrank.shortlist.solver;

/** How the list is re-solved after a withdrawal. */
public enum WithdrawalMode {
    /**
     * Everybody else on the list stays (they are fixed, as "kept on the list"); the freed place goes to the best
     * candidate who keeps every constraint met — a woman if the women minimum needs one, from a unit whose cap
     * still has room. Fails naming the constraints when no single replacement can do that.
     */
    KEEP_OTHERS,
    /** Solve again from scratch without the withdrawn candidate; others may move out as well as in. */
    RESOLVE_ALL
}
