package org.craftrank.scoring.conflict;

import org.craftrank.campaign.ConflictRule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.candidate.Candidate;
import org.craftrank.common.RuleConflictException;
import org.craftrank.expert.Expert;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;
import org.craftrank.candidate.CandidateRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies the conflict rules to stored experts and candidates, and records experts' own declarations. */
@ApplicationScoped
public class ConflictService {

    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;
    private final RecommendingUnitRepository units;
    private final CandidateRepository candidateRows;

    public ConflictService(EntityManager em, AuditLog audit, Clock clock, RecommendingUnitRepository units,
                           CandidateRepository candidateRows) {
        this.em = em;
        this.units = units;
        this.candidateRows = candidateRows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule the pair breaks; empty when the expert may score the candidate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Conflict> conflicts(Campaign campaign, Expert expert, Candidate candidate) {
        RecommendingUnit unit = em.find(RecommendingUnit.class, candidate.unitId);
        ConflictFacts.Candidate facts = new ConflictFacts.Candidate(candidate.employer,
                unit == null ? null : unit.name,
                candidate.referees.stream().map(r -> new ConflictFacts.Referee(r.name, r.employer)).toList());
        ConflictFacts.Declaration declaration = declaration(campaign.id, expert.id, candidate.id)
                .map(d -> new ConflictFacts.Declaration(d.reason)).orElse(null);
        return new ConflictCheck(campaign.optionalConflictRules())
                .conflicts(new ConflictFacts.Expert(expert.name, expert.employer), facts, declaration);
    }

    /** A pair some rule forbids, with the first rule it breaks. */
    public record ConflictedPair(long expertId, long candidateId, ConflictRule rule) {
    }

    /**
     * Every conflicted (expert, candidate) pair of the campaign, for planning many assignments at once: the facts
     * are read with one query per kind (candidates, referees, units, declarations), not one per pair, and
     * candidates are read as projections so no personal data is decrypted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConflictedPair> conflictedPairs(Campaign campaign, List<Expert> experts) {
        Map<Long, String> unitNames = units.namesByCampaign(campaign.id);
        Map<Long, List<ConflictFacts.Referee>> referees = new HashMap<>();
        candidateRows.refereeNames(campaign.id).forEach(r -> referees.computeIfAbsent(r.candidateId(),
                k -> new ArrayList<>()).add(new ConflictFacts.Referee(r.name(), r.employer())));
        Map<Long, Map<Long, String>> declared = new HashMap<>();
        for (ConflictDeclaration d : declarations(campaign.id)) {
            declared.computeIfAbsent(d.expertId, k -> new HashMap<>()).put(d.candidateId, d.reason);
        }
        Map<Long, ConflictFacts.Candidate> candidates = new LinkedHashMap<>();
        candidateRows.summaries(campaign.id).values().forEach(c -> candidates.put(c.id(),
                new ConflictFacts.Candidate(c.employer(), unitNames.get(c.unitId()),
                        referees.getOrDefault(c.id(), List.of()))));
        ConflictCheck check = new ConflictCheck(campaign.optionalConflictRules());
        List<ConflictedPair> found = new ArrayList<>();
        for (Expert expert : experts) {
            ConflictFacts.Expert facts = new ConflictFacts.Expert(expert.name, expert.employer);
            Map<Long, String> declaredByExpert = declared.getOrDefault(expert.id, Map.of());
            for (Map.Entry<Long, ConflictFacts.Candidate> candidate : candidates.entrySet()) {
                String reason = declaredByExpert.get(candidate.getKey());
                List<Conflict> conflicts = check.conflicts(facts, candidate.getValue(),
                        reason == null ? null : new ConflictFacts.Declaration(reason));
                if (!conflicts.isEmpty()) {
                    found.add(new ConflictedPair(expert.id, candidate.getKey(), conflicts.get(0).rule()));
                }
            }
        }
        return found;
    }

    /** @throws RuleConflictException (409) naming the first broken rule, listing all of them */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNone(Campaign campaign, Expert expert, Candidate candidate) {
        List<Conflict> found = conflicts(campaign, expert, candidate);
        if (!found.isEmpty()) {
            throw new RuleConflictException(found.get(0).rule().slug(), String.join("; ",
                    found.stream().map(Conflict::message).toList()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConflictDeclaration declare(long campaignId, long expertId, long candidateId, String reason) {
        Optional<ConflictDeclaration> existing = declaration(campaignId, expertId, candidateId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ConflictDeclaration d = new ConflictDeclaration();
        d.campaignId = campaignId;
        d.expertId = expertId;
        d.candidateId = candidateId;
        d.reason = reason;
        d.declaredAt = Instant.now(clock);
        em.persist(d);
        audit.append(AuditEntry.of(AuditAction.CONFLICT_DECLARED, "candidate", candidateId).inCampaign(campaignId)
                .change(null, java.util.Map.of("expertId", expertId, "candidateId", candidateId)).because(reason));
        return d;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConflictDeclaration> declarations(long campaignId) {
        return em.createQuery("select d from ConflictDeclaration d where d.campaignId = :c order by d.id",
                ConflictDeclaration.class).setParameter("c", campaignId).getResultList();
    }

    private Optional<ConflictDeclaration> declaration(long campaignId, long expertId, long candidateId) {
        return em.createQuery("select d from ConflictDeclaration d where d.campaignId = :c and d.expertId = :e"
                        + " and d.candidateId = :k", ConflictDeclaration.class)
                .setParameter("c", campaignId).setParameter("e", expertId).setParameter("k", candidateId)
                .getResultStream().findFirst();
    }
}
