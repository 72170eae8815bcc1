package org.craftrank.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

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

    public List<Campaign> listNewestFirst() {
        return list("order by id desc");
    }
}
