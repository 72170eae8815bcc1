package org.craftrank.campaign;

import org.craftrank.campaign.phase.CampaignPhase;

/**
 * Fired synchronously, inside the transaction that moves a campaign, so that features can do their part of the
 * move (e.g. freezing the published list) atomically with it — or veto it by throwing.
 */
public record CampaignPhaseChanged(long campaignId, CampaignPhase from, CampaignPhase to) {
}
