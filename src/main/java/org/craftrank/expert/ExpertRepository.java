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

    /** Each expert's name by id, in id order, in one query. */
    public java.util.Map<Long, String> namesByCampaign(long campaignId) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        getEntityManager().createQuery("select x.id, x.name from Expert x where x.campaignId = :c order by x.id",
                        Object[].class).setParameter("c", campaignId).getResultStream()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
