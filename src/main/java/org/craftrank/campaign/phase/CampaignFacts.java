package org.craftrank.campaign.phase;

/**
 * What the phase guards need to know about a campaign, counted by the caller.
 *
 * @param adoptedShortlist a shortlist version has been adopted (审定)
 * @param openObjections   objections received during the public notice and not yet decided
 * @param shortlistSizeSet the campaign says how many places its shortlist (建议名单) has
 * @param noticeLastDay    the last day of the public notice's minimum period, once the notice is up (else null)
 * @param today            today in the campaign's time zone (with noticeLastDay; else null)
 */
public record CampaignFacts(long unitCount, long candidateCount, long expertCount, long submittedSheetCount,
                            boolean adoptedShortlist, long openObjections, boolean shortlistSizeSet,
                            java.time.LocalDate noticeLastDay, java.time.LocalDate today) {

    /** Facts of a campaign before deliberation, when nothing about shortlists or objections can be true yet. */
    public CampaignFacts(long unitCount, long candidateCount, long expertCount, long submittedSheetCount) {
        this(unitCount, candidateCount, expertCount, submittedSheetCount, false, 0);
    }

    /** Facts of a campaign whose shortlist size is set and that is not in its public notice. */
    public CampaignFacts(long unitCount, long candidateCount, long expertCount, long submittedSheetCount,
                         boolean adoptedShortlist, long openObjections) {
        this(unitCount, candidateCount, expertCount, submittedSheetCount, adoptedShortlist, openObjections, true,
                null, null);
    }

    /** These facts with the public notice's last day and today, which the campaign itself knows. */
    public CampaignFacts withNotice(java.time.LocalDate lastDay, java.time.LocalDate day) {
        return new CampaignFacts(unitCount, candidateCount, expertCount, submittedSheetCount, adoptedShortlist,
                openObjections, shortlistSizeSet, lastDay, day);
    }

    /** These facts, saying whether the campaign's shortlist size is set. */
    public CampaignFacts withShortlistSize(boolean set) {
        return new CampaignFacts(unitCount, candidateCount, expertCount, submittedSheetCount, adoptedShortlist,
                openObjections, set, noticeLastDay, today);
    }
}
