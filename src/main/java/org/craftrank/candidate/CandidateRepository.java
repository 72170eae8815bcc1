package org.craftrank.candidate;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** The candidates with these ids, in no particular order. */
    public List<Candidate> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Candidate> listByCampaign(long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }

    /** Every candidate's pseudonymous code by id, in one query. */
    public Map<Long, String> codesById(long campaignId) {
        Map<Long, String> codes = new HashMap<>();
        getEntityManager().createQuery("select c.id, c.code from Candidate c where c.campaignId = :c", Object[].class)
                .setParameter("c", campaignId).getResultStream().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        return codes;
    }

    public Optional<Long> idByCode(long campaignId, String code) {
        return getEntityManager()
                .createQuery("select c.id from Candidate c where c.campaignId = :c and c.code = :code", Long.class)
                .setParameter("c", campaignId).setParameter("code", code).getResultStream().findFirst();
    }

    public String codeOf(long candidateId) {
        return getEntityManager().createQuery("select c.code from Candidate c where c.id = :id", String.class)
                .setParameter("id", candidateId).getSingleResult();
    }

    /** What the shortlist's rules read of a candidate, without loading the personal data. */
    public record ShortlistProfile(long id, String code, Long unitId, String industry, String group, Gender gender,
                                   String birthYearMonth) {
    }

    /** The shortlist profiles of every candidate of the campaign, in one query. */
    public List<ShortlistProfile> shortlistProfiles(long campaignId) {
        return getEntityManager().createQuery("select c.id, c.code, c.unitId, c.industry, c.group, c.gender,"
                        + " c.birthYearMonth from Candidate c where c.campaignId = :c", Object[].class)
                .setParameter("c", campaignId).getResultStream()
                .map(r -> new ShortlistProfile((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (String) r[4],
                        (Gender) r[5], (String) r[6])).toList();
    }

    public long countByUnit(long unitId) {
        return count("unitId", unitId);
    }

    /**
     * What other features show beside a candidate (lists, assignment, conflict checks), read as a projection so
     * no personal data is decrypted and no entity is loaded.
     */
    public record Summary(long id, String code, String name, String employer, Long unitId, String group,
                          String industry, String trade) {
    }

    /** The summaries of every candidate of the campaign, by id in id order, in one query. */
    public Map<Long, Summary> summaries(long campaignId) {
        return summaries(campaignId, null);
    }

    /** The summaries of the given candidates of the campaign (all when {@code ids} is null), in one query. */
    public Map<Long, Summary> summaries(long campaignId, Collection<Long> ids) {
        Map<Long, Summary> byId = new java.util.LinkedHashMap<>();
        if (ids != null && ids.isEmpty()) {
            return byId;
        }
        var query = getEntityManager().createQuery("select c.id, c.code, c.name, c.employer, c.unitId, c.group,"
                + " c.industry, c.trade from Candidate c where c.campaignId = :c"
                + (ids == null ? "" : " and c.id in :ids") + " order by c.id", Object[].class)
                .setParameter("c", campaignId);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        query.getResultStream().forEach(r -> byId.put((Long) r[0], new Summary((Long) r[0], (String) r[1],
                (String) r[2], (String) r[3], (Long) r[4], (String) r[5], (String) r[6], (String) r[7])));
        return byId;
    }

    /** A referee's name and employer, for the conflict rules. */
    public record RefereeNames(long candidateId, String name, String employer) {
    }

    /** Every referee of the campaign's candidates, in one query. */
    public List<RefereeNames> refereeNames(long campaignId) {
        return getEntityManager().createQuery("select c.id, r.name, r.employer from Candidate c join c.referees r"
                        + " where c.campaignId = :c", Object[].class).setParameter("c", campaignId).getResultStream()
                .map(r -> new RefereeNames((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** The stored version of each candidate of the campaign (a review holds for the version it checked). */
    public Map<Long, Long> versions(long campaignId) {
        Map<Long, Long> versions = new HashMap<>();
        getEntityManager().createQuery("select c.id, c.version from Candidate c where c.campaignId = :c",
                        Object[].class).setParameter("c", campaignId).getResultStream()
                .forEach(r -> versions.put((Long) r[0], ((Number) r[1]).longValue()));
        return versions;
    }
}
