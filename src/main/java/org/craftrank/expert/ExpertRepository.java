package org.craftrank.expert;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExpertRepository implements PanacheRepository<Expert> {

    public List<Expert> listByCampaign(long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }

    public Optional<Expert> findInCampaign(long campaignId, long expertId) {
        return find("campaignId = ?1 and id = ?2", campaignId, expertId).firstResultOptional();
    }
}
