package org.craftrank.ranking.engine;

/**
 * How two neighbouring entries with equal scores were put in order.
 *
 * @param neighbourCandidateId the other entry
 * @param decidedBy            the first step that told them apart; null when none did (tied for committee decision)
 * @param description          the values compared, for a reader, e.g. {@code MEDIAN: 85.5 vs 84}
 */
public record TieBreakDecision(String neighbourCandidateId, TieBreakStep decidedBy, String description) {

    public boolean decided() {
        return decidedBy != null;
    }
}
