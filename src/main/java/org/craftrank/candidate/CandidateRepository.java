package org.craftrank.candidate;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class CandidateRepository implements PanacheRepository<Candidate> {

    /** Candidates in a stable order (by id), never the database's whim; optionally of one unit. */
    public PanacheQuery<Candidate> byCampaign(long campaignId, Long unitId) {
        return unitId == null ? find("campaignId = ?1 order by id", campaignId)
                : find("campaignId = ?1 and unitId = ?2 order by id", campaignId, unitId);
    }

    public Optional<Candidate> findInCampaign(long campaignId, long candidateId) {
        return find("campaignId = ?1 and id = ?2", campaignId, candidateId).firstResultOptional();
    }

    /** Every pseudonymous code of the campaign, for drawing many new ones without a query each. */
    public Set<String> codesOf(long campaignId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select c.code from Candidate c where c.campaignId = :c", String.class)
                .setParameter("c", campaignId).getResultList());
    }

    /** Keyed HMACs of every ID number stored in the campaign, for checking a whole file without a query per row. */
    public Set<String> idNumberHmacsOf(long campaignId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select c.idNumberHmac from Candidate c where c.campaignId = :c and c.idNumberHmac is not null",
                        String.class)
                .setParameter("c", campaignId).getResultList());
    }

    public boolean codeTaken(long campaignId, String code) {
        return count("campaignId = ?1 and code = ?2", campaignId, code) > 0;
    }

    /** Another candidate of the campaign with the same ID number (compared by keyed HMAC). */
    public boolean idNumberTaken(long campaignId, String idNumberHmac, Long exceptId) {
        return count("campaignId = ?1 and idNumberHmac = ?2 and id <> ?3", campaignId, idNumberHmac,
                exceptId == null ? -1L : exceptId) > 0;
    }

    public long countByUnit(long unitId) {
        return count("unitId", unitId);
    }
}
