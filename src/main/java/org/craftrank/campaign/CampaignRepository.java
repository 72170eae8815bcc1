package org.craftrank.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import org.craftrank.campaign.phase.CampaignFacts;
import org.craftrank.scoring.sheet.SheetStatus;

import java.util.List;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    public List<CampaignTransition> history(long campaignId) {
        return getEntityManager()
                .createQuery("from CampaignTransition where campaignId = ?1 order by id", CampaignTransition.class)
                .setParameter(1, campaignId).getResultList();
    }

    public void record(CampaignTransition transition) {
        getEntityManager().persist(transition);
    }

    /** Counts by entity name, so the campaign feature needs no compile-time link to the features it counts. */
    public long count(String entity, long campaignId) {
        return getEntityManager()
                .createQuery("select count(e) from " + entity + " e where e.campaignId = ?1", Long.class)
                .setParameter(1, campaignId).getSingleResult();
    }

    public List<Campaign> listNewestFirst() {
        return list("order by id desc");
    }

    public CampaignFacts facts(long campaignId) {
        return new CampaignFacts(count("RecommendingUnit", campaignId), count("Candidate", campaignId),
                count("Expert", campaignId), getEntityManager().createQuery(
                        "select count(s) from ScoreSheet s where s.campaignId = ?1 and s.status = ?2", Long.class)
                .setParameter(1, campaignId).setParameter(2, SheetStatus.SUBMITTED).getSingleResult(),
                getEntityManager().createQuery("select count(p) from ShortlistProposal p where p.campaignId = ?1"
                        + " and p.adoptedAt is not null", Long.class).setParameter(1, campaignId).getSingleResult() > 0,
                getEntityManager().createQuery("select count(o) from Objection o where o.campaignId = ?1"
                        + " and o.outcome is null", Long.class).setParameter(1, campaignId).getSingleResult());
    }
}
