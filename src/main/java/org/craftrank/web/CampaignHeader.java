package org.craftrank.web;

import org.craftrank.campaign.phase.CampaignPhase;

/** The campaign a page is about, as its heading shows it. */
public record CampaignHeader(long id, String name, CampaignPhase phase, String phaseLabel) {
}
