package org.craftrank.ranking.engine;

/**
 * Why a statistic is not reported: a code a page words in the reader's language, never a number that only looks
 * like a result (such as an alpha of −2.2e-16 for a single candidate).
 */
public enum Unavailable {
    /** Fewer than two experts have sheets. */
    TOO_FEW_EXPERTS,
    /** Fewer than two candidates have sheets (or, for alpha, have two or more sheets each). */
    TOO_FEW_CANDIDATES,
    /** Not every expert scored every candidate; the statistic needs complete blocks. */
    INCOMPLETE_DESIGN,
    /** The totals being compared are all equal. */
    NO_VARIATION
}
