package org.craftrank.campaign;

/**
 * What another feature holds for a campaign, counted by that feature over its own tables. The campaign feature
 * asks every implementation (CDI beans) instead of naming other features' entities, so the dependency points from
 * the features to the campaign and never back.
 */
public interface CampaignContents {

    /** Adds this feature's counts to what the phase guards and the campaign views read. */
    void countInto(long campaignId, CampaignTally tally);

    /** Adds the scoring progress the secretariat's overview shows; only the feature holding sheets has any. */
    default void progressInto(long campaignId, CampaignTally tally) {
    }
}
