package org.craftrank.scoring.conflict;

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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Applies the conflict rules to stored experts and candidates, and records experts' own declarations. */
@ApplicationScoped
public class ConflictService {

    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;

    public ConflictService(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
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
