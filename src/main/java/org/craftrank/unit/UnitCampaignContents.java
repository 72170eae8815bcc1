package org.craftrank.unit;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.CampaignContents;
import org.craftrank.campaign.CampaignTally;

/** Tells the campaign feature how many recommending units a campaign holds. */
@ApplicationScoped
public class UnitCampaignContents implements CampaignContents {

    private final RecommendingUnitRepository repository;

    public UnitCampaignContents(RecommendingUnitRepository repository) {
        this.repository = repository;
    }

    @Override
    public void countInto(long campaignId, CampaignTally tally) {
        tally.units(repository.count("campaignId", campaignId));
    }
}
