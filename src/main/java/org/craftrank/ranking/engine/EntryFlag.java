package org.craftrank.ranking.engine;

/** Conditions worth a reader's attention on one ranking entry. */
public enum EntryFlag {
    /** Tied on score and on every tie-break step: shares its rank, the committee decides the order. */
    TIED_FOR_COMMITTEE_DECISION,
    /** Tied on score with a neighbour; a tie-break step decided their order. */
    ORDERED_BY_TIE_BREAK,
    /** No score could be computed; see the entry's reason. */
    NO_SCORE,
    /** Z_SCORE only: none of its experts could be standardised, so its raw mean stands in. */
    RAW_SCORE_FALLBACK,
    /**
     * Fewer submitted sheets than experts assigned: its score rests on fewer opinions than its neighbours' may
     * (one sheet beside others' five), so the committee is warned rather than shown a like-for-like rank.
     */
    FEWER_SHEETS_THAN_ASSIGNED
}
