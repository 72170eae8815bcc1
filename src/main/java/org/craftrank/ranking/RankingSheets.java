package org.craftrank.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.ranking.engine.SheetTotals;
import org.craftrank.scoring.sheet.SheetStatus;
import org.craftrank.security.pii.PersonalDataCipher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a campaign's submitted sheets as the ranking engine takes them, already anonymised: candidates appear
 * under their pseudonymous codes and experts as E01…, so nothing the engine returns (explanations, diagnostics)
 * can carry a database id or a name. Reads the stored exact totals only (integer numerator and denominator, never the
 * rounded decimal) — two projection queries, no sheet entities.
 */
@ApplicationScoped
public class RankingSheets {

    private final EntityManager em;
    private final PersonalDataCipher cipher;
    private final CandidateRepository candidates;

    public RankingSheets(EntityManager em, PersonalDataCipher cipher, CandidateRepository candidates) {
        this.candidates = candidates;
        this.em = em;
        this.cipher = cipher;
    }

    /**
     * @param sheets            the submitted sheets, by code and pseudonym
     * @param unscoredCodes     candidates assigned to experts but without any submitted sheet, in code order
     * @param expertPseudonyms  pseudonym of every expert with an assignment
     * @param assignedSheets    per candidate code, the number of experts assigned to it
     */
    public record Input(List<SheetTotals> sheets, Set<String> unscoredCodes, Map<Long, String> expertPseudonyms,
                        Map<String, Integer> assignedSheets) {
    }

    /**
     * What a ranking is computed from, in a few numbers: the submitted sheets (count, the sum of their versions,
     * the last change) and the assignments (count, newest id). Any submission, reopening, resubmission or
     * assignment change moves one of them, so two equal states mean equal {@link #load} results.
     */
    public record State(long submitted, long versionSum, Instant lastChange, long assignments,
                        long lastAssignment) {
    }

    /** One aggregate query per table, a small fraction of {@link #load}; within the caller's transaction. */
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

    /** Within the caller's transaction. */
    public Input load(long campaignId) {
        Map<Long, String> codes = candidates.codesById(campaignId);
        List<Object[]> assigned = em.createQuery(
                        "select distinct a.expertId, a.candidateId from Assignment a where a.campaignId = :c",
                        Object[].class).setParameter("c", campaignId).getResultList();
        List<Object[]> submitted = em.createQuery("select s.id, s.expertId, s.candidateId, s.totalNumerator,"
                        + " s.totalDenominator from ScoreSheet s"
                        + " where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultList();
        Map<Long, Map<String, BigFraction>> capabilitiesBySheet = new HashMap<>();
        em.createQuery("select s.id, key(c), c.numerator, c.denominator from ScoreSheet s join s.capabilityTotals c"
                        + " where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultList()
                .forEach(r -> capabilitiesBySheet.computeIfAbsent((Long) r[0], id -> new TreeMap<>())
                        .put((String) r[1], fraction(r[2], r[3])));

        // Every expert with an assignment is numbered (a sheet cannot outlive its assignment), so the numbers do
        // not shift when one more sheet comes in.
        Set<Long> experts = new TreeSet<>();
        assigned.forEach(r -> experts.add((Long) r[0]));
        submitted.forEach(r -> experts.add((Long) r[1]));
        Map<Long, String> pseudonyms = Pseudonyms.number(Pseudonyms.EXPERT, experts,
                expertId -> cipher.hmac("expert-pseudonym:" + campaignId + ":" + expertId));

        List<SheetTotals> sheets = new ArrayList<>();
        Set<String> scored = new TreeSet<>();
        for (Object[] r : submitted) {
            String code = codes.get((Long) r[2]);
            sheets.add(new SheetTotals(pseudonyms.get((Long) r[1]), code, fraction(r[3], r[4]),
                    capabilitiesBySheet.getOrDefault((Long) r[0], Map.of())));
            scored.add(code);
        }
        Set<String> unscored = new TreeSet<>();
        Map<String, Integer> assignedSheets = new HashMap<>();
        for (Object[] r : assigned) {
            String code = codes.get((Long) r[1]);
            assignedSheets.merge(code, 1, Integer::sum);
            if (!scored.contains(code)) {
                unscored.add(code);
            }
        }
        return new Input(sheets, unscored, pseudonyms, assignedSheets);
    }

    private static BigFraction fraction(Object numerator, Object denominator) {
        return BigFraction.of(((Number) numerator).longValue(), ((Number) denominator).longValue());
    }

}
