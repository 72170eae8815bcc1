package org.craftrank.campaign.phase;

/** Why a phase move is refused: the rule and a sentence naming the phases involved. */
public record TransitionRefusal(String rule, String message) {
}
