package org.craftrank.campaign.phase;

/**
 * What the phase guards need to know about a campaign, counted by the caller.
 *
 * @param adoptedShortlist a shortlist version has been adopted (审定)
 * @param openObjections   objections received during the public notice and not yet decided
 */
public record CampaignFacts(long unitCount, long candidateCount, long expertCount, long submittedSheetCount,
                            boolean adoptedShortlist, long openObjections) {

    /** Facts of a campaign before deliberation, when nothing about shortlists or objections can be true yet. */
    public CampaignFacts(long unitCount, long candidateCount, long expertCount, long submittedSheetCount) {
        this(unitCount, candidateCount, expertCount, submittedSheetCount, false, 0);
    }
}
