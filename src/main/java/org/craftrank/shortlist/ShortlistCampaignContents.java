package org.craftrank.shortlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.campaign.CampaignContents;
import org.craftrank.campaign.CampaignTally;

/** Tells the campaign feature whether a list was adopted and how many objections wait for a decision. */
@ApplicationScoped
public class ShortlistCampaignContents implements CampaignContents {

    private final EntityManager em;

    public ShortlistCampaignContents(EntityManager em) {
        this.em = em;
    }

    @Override
    public void countInto(long campaignId, CampaignTally tally) {
        tally.adoptedShortlist(em.createQuery("select count(p) from ShortlistProposal p where p.campaignId = ?1"
                + " and p.adoptedAt is not null", Long.class).setParameter(1, campaignId).getSingleResult() > 0);
        tally.openObjections(em.createQuery("select count(o) from Objection o where o.campaignId = ?1"
                + " and o.outcome is null", Long.class).setParameter(1, campaignId).getSingleResult());
    }
}
