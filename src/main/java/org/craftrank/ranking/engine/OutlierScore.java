package org.craftrank.ranking.engine;

/**
 * A total far from the other experts' totals for the same candidate.
 *
 * @param expertId  whose total
 * @param total     the total
 * @param modifiedZ its modified z-score (Iglewicz &amp; Hoaglin); beyond ±3.5
 */
public record OutlierScore(String expertId, double total, double modifiedZ) {
}
