package org.craftrank.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.CampaignContents;
import org.craftrank.campaign.CampaignTally;

/** Tells the campaign feature how many candidates a campaign holds. */
@ApplicationScoped
public class CandidateCampaignContents implements CampaignContents {

    private final CandidateRepository repository;

    public CandidateCampaignContents(CandidateRepository repository) {
        this.repository = repository;
    }

    @Override
    public void countInto(long campaignId, CampaignTally tally) {
        tally.candidates(repository.count("campaignId", campaignId));
    }
}
