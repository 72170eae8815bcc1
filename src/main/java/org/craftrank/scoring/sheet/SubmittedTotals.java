package org.craftrank.scoring.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The submitted sheets' stored exact totals and the assignments, as projections (no sheet entities), for the
 * features that aggregate them (the ranking). Scoring owns these tables, so the queries live here; callers read
 * within their own transaction.
 */
@ApplicationScoped
public class SubmittedTotals {

    /** A submitted sheet's exact overall total and its exact total per capability code. */
    public record Sheet(long sheetId, long expertId, long candidateId, long totalNumerator, long totalDenominator,
                        Map<String, long[]> capabilities) {
    }

    /** An expert assigned to a candidate. */
    public record Pair(long expertId, long candidateId) {
    }

    /**
     * The few numbers that move whenever the sheets or assignments change: submitted count, sum of their versions,
     * last change, assignment count and newest assignment id.
     */
    public record State(long submitted, long versionSum, Instant lastChange, long assignments, long lastAssignment) {
    }

    private final EntityManager em;

    public SubmittedTotals(EntityManager em) {
        this.em = em;
    }

    /** One aggregate query per table. */
    public State state(long campaignId) {
        Object[] sheetState = em.createQuery("select count(s), coalesce(sum(s.version), 0), max(s.updatedAt)"
                        + " from ScoreSheet s where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getSingleResult();
        Object[] assignmentState = em.createQuery("select count(a), coalesce(max(a.id), 0) from Assignment a"
                        + " where a.campaignId = :c", Object[].class)
                .setParameter("c", campaignId).getSingleResult();
        return new State(((Number) sheetState[0]).longValue(), ((Number) sheetState[1]).longValue(),
                (Instant) sheetState[2], ((Number) assignmentState[0]).longValue(),
                ((Number) assignmentState[1]).longValue());
    }

    /** Every distinct (expert, candidate) assignment of the campaign. */
    public List<Pair> assignedPairs(long campaignId) {
        return em.createQuery("select distinct a.expertId, a.candidateId from Assignment a where a.campaignId = :c",
                        Object[].class).setParameter("c", campaignId).getResultStream()
                .map(r -> new Pair((Long) r[0], (Long) r[1])).toList();
    }

    /** Every submitted sheet's exact totals, in two projection queries. */
    public List<Sheet> submitted(long campaignId) {
        Map<Long, Map<String, long[]>> capabilitiesBySheet = new HashMap<>();
        em.createQuery("select s.id, key(c), c.numerator, c.denominator from ScoreSheet s join s.capabilityTotals c"
                        + " where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultList()
                .forEach(r -> capabilitiesBySheet.computeIfAbsent((Long) r[0], id -> new TreeMap<>())
                        .put((String) r[1], new long[]{((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return em.createQuery("select s.id, s.expertId, s.candidateId, s.totalNumerator, s.totalDenominator"
                        + " from ScoreSheet s where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultStream()
                .map(r -> new Sheet((Long) r[0], (Long) r[1], (Long) r[2], ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(), capabilitiesBySheet.getOrDefault((Long) r[0], Map.of())))
                .toList();
    }
}
