package org.craftrank.ranking.engine;

/**
 * An expert whose scores could not be standardised under Z_SCORE.
 *
 * @param expertId the expert
 * @param measure  {@code TOTAL}, or the capability code whose scores were concerned
 * @param reason   why, e.g. {@code fewer than 3 sheets (2)}
 */
public record ExpertExclusion(String expertId, String measure, String reason) {
}
