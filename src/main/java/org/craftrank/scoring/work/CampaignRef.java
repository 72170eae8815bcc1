package org.craftrank.scoring.work;

import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.phase.CampaignPhase;

/** The campaign a scoring screen is about, read inside the service's transaction so no entity leaves it. */
public record CampaignRef(long id, String name, CampaignPhase phase) {

    static CampaignRef of(Campaign campaign) {
        return new CampaignRef(campaign.id, campaign.name, campaign.phase);
    }
}
