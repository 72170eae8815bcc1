package org.craftrank.web;

import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.phase.CampaignPhase;

/** The campaign a page is about, as its heading shows it. */
public record CampaignHeader(long id, String name, CampaignPhase phase, String phaseLabel) {

    /** The heading of {@code campaign}, its phase named in the page's language. */
    public static CampaignHeader of(Campaign campaign, Msg msg) {
        return new CampaignHeader(campaign.id, campaign.name, campaign.phase, msg.phase(campaign.phase));
    }
}
