package org.craftrank.campaign.phase;

/** What the phase guards need to know about a campaign, counted by the caller. */
public record CampaignFacts(long unitCount, long candidateCount, long expertCount, long submittedSheetCount) {
}
