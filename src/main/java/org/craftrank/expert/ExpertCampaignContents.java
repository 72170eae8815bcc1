package org.craftrank.expert;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.CampaignContents;
import org.craftrank.campaign.CampaignTally;

/** Tells the campaign feature how many experts a campaign holds. */
@ApplicationScoped
public class ExpertCampaignContents implements CampaignContents {

    private final ExpertRepository repository;

    public ExpertCampaignContents(ExpertRepository repository) {
        this.repository = repository;
    }

    @Override
    public void countInto(long campaignId, CampaignTally tally) {
        tally.experts(repository.count("campaignId", campaignId));
    }
}
