package org.craftrank.campaign.page;

import org.craftrank.web.Msg;
import org.craftrank.web.PageLanguage;

import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;

/** The campaign a page is about, as its heading shows it. */
public record CampaignHeader(long id, String name, CampaignPhase phase, String phaseLabel) {

    /** The heading of {@code campaign}, its phase named in the page's language. */
    public static CampaignHeader of(Campaign campaign, Msg msg) {
        return new CampaignHeader(campaign.id, campaign.name, campaign.phase, phases(msg).of(campaign.phase));
    }

    /** The heading of a campaign as the campaign service names it. */
    public static CampaignHeader of(CampaignService.Heading campaign, Msg msg) {
        return new CampaignHeader(campaign.id(), campaign.name(), campaign.phase(), phases(msg).of(campaign.phase()));
    }

    /** The phase names in the language of {@code msg}. */
    public static PhaseLabels phases(Msg msg) {
        return PageLanguage.fromTag(msg.language_tag()).bundle(PhaseLabels.class);
    }
}
