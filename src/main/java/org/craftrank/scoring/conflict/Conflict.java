package org.craftrank.scoring.conflict;

import org.craftrank.campaign.ConflictRule;

/** One rule an (expert, candidate) pair breaks, with a message a secretary can act on. */
public record Conflict(ConflictRule rule, String message) {
}
