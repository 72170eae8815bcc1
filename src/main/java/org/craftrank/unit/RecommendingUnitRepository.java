package org.craftrank.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RecommendingUnitRepository implements PanacheRepository<RecommendingUnit> {

    public List<RecommendingUnit> listByCampaign(long campaignId) {
        return list("campaignId = ?1 order by name", campaignId);
    }

    /** A unit only counts as found inside its own campaign, so ids of other campaigns cannot be probed. */
    public Optional<RecommendingUnit> findInCampaign(long campaignId, long unitId) {
        return find("campaignId = ?1 and id = ?2", campaignId, unitId).firstResultOptional();
    }

    public boolean nameTaken(long campaignId, String name, Long exceptId) {
        return count("campaignId = ?1 and name = ?2 and id <> ?3", campaignId, name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    /** Each unit's name by id, in id order, in one query. */
    public java.util.Map<Long, String> namesByCampaign(long campaignId) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        getEntityManager().createQuery("select x.id, x.name from RecommendingUnit x where x.campaignId = :c order by x.id",
                        Object[].class).setParameter("c", campaignId).getResultStream()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
