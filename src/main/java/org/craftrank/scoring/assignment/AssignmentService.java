package org.craftrank.scoring.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.review.FormalReviewService;
import org.craftrank.scoring.conflict.ConflictService;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creates and removes assignments; every new one passes the conflict rules first. */
@ApplicationScoped
public class AssignmentService {

    /** Experts are assigned once the formal review has settled who is a candidate, and during scoring. */
    static final Set<CampaignPhase> ASSIGNABLE = EnumSet.of(CampaignPhase.FORMAL_REVIEW, CampaignPhase.SCORING);

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ExpertRepository experts;
    private final CandidateRepository candidates;
    private final ConflictService conflicts;
    private final AuditLog audit;
    private final FormalReviewService reviews;
    private final Clock clock;

    public AssignmentService(EntityManager em, CampaignService campaigns, ExpertRepository experts,
                             CandidateRepository candidates, ConflictService conflicts, AuditLog audit,
                             FormalReviewService reviews, Clock clock) {
        this.em = em;
        this.campaigns = campaigns;
        this.experts = experts;
        this.candidates = candidates;
        this.conflicts = conflicts;
        this.audit = audit;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional
    public AssignmentView create(long campaignId, AssignmentRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = experts.findInCampaign(campaignId, request.expertId()).orElseThrow(() ->
                InvalidInputException.of("expertId", "known-expert", "expertId: no expert " + request.expertId()
                        + " in this campaign"));
        Candidate candidate = candidates.findInCampaign(campaignId, request.candidateId()).orElseThrow(() ->
                InvalidInputException.of("candidateId", "known-candidate", "candidateId: no candidate "
                        + request.candidateId() + " in this campaign"));
        CampaignService.requirePhase(campaign, ASSIGNABLE, "assign experts");
        // Only candidates that passed the formal review, or were overridden in, are scored.
        reviews.requireAdmitted(candidate);
        if (find(campaignId, expert.id, candidate.id).isPresent()) {
            throw new RuleConflictException("already-assigned", "expert " + expert.id + " is already assigned to "
                    + "candidate " + candidate.id);
        }
        conflicts.requireNone(campaign, expert, candidate);
        Assignment a = new Assignment();
        a.campaignId = campaignId;
        a.expertId = expert.id;
        a.candidateId = candidate.id;
        a.createdAt = Instant.now(clock);
        em.persist(a);
        AssignmentView view = view(a, expert, candidate);
        audit.append(AuditEntry.of(AuditAction.ASSIGNMENT_CREATED, "assignment", a.id).inCampaign(campaignId)
                .change(null, view));
        return view;
    }

    /** Three queries (experts' names, candidates' codes and names, assignments), not one per assignment. */
    @Transactional
    public List<AssignmentView> list(long campaignId, Long expertId, Long candidateId) {
        campaigns.require(campaignId);
        Map<Long, String> expertNames = experts.namesByCampaign(campaignId);
        Map<Long, CandidateRepository.Summary> shown = candidates.summaries(campaignId,
                candidateId == null ? null : List.of(candidateId));
        return em.createQuery("select a.id, a.expertId, a.candidateId, a.createdAt from Assignment a"
                        + " where a.campaignId = :c and (:e is null or a.expertId = :e)"
                        + " and (:k is null or a.candidateId = :k) order by a.id", Object[].class)
                .setParameter("c", campaignId).setParameter("e", expertId).setParameter("k", candidateId)
                .getResultStream()
                .map(r -> {
                    CandidateRepository.Summary c = shown.get((Long) r[2]);
                    return new AssignmentView((Long) r[0], (Long) r[1], expertNames.get((Long) r[1]), (Long) r[2],
                            c == null ? null : c.code(), c == null ? null : c.name(), (Instant) r[3]);
                })
                .toList();
    }

    /** Removes an assignment before any sheet exists for it; scores are never thrown away silently. */
    @Transactional
    public void delete(long campaignId, long assignmentId) {
        Campaign campaign = campaigns.require(campaignId);
        Assignment a = Optional.ofNullable(em.find(Assignment.class, assignmentId))
                .filter(x -> x.campaignId.equals(campaignId))
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        CampaignService.requirePhase(campaign, ASSIGNABLE, "remove an assignment");
        long sheets = em.createQuery("select count(s) from ScoreSheet s where s.campaignId = :c and s.expertId = :e"
                        + " and s.candidateId = :k", Long.class)
                .setParameter("c", campaignId).setParameter("e", a.expertId).setParameter("k", a.candidateId)
                .getSingleResult();
        if (sheets > 0) {
            throw new RuleConflictException("assignment-has-sheet",
                    "the expert has already started a score sheet for this candidate; it cannot be unassigned");
        }
        AssignmentView before = view(a, em.find(Expert.class, a.expertId), em.find(Candidate.class, a.candidateId));
        em.remove(a);
        audit.append(AuditEntry.of(AuditAction.ASSIGNMENT_REMOVED, "assignment", assignmentId).inCampaign(campaignId)
                .change(before, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Assignment> find(long campaignId, long expertId, long candidateId) {
        return em.createQuery("select a from Assignment a where a.campaignId = :c and a.expertId = :e"
                        + " and a.candidateId = :k", Assignment.class)
                .setParameter("c", campaignId).setParameter("e", expertId).setParameter("k", candidateId)
                .getResultStream().findFirst();
    }

    private static AssignmentView view(Assignment a, Expert expert, Candidate candidate) {
        return new AssignmentView(a.id, a.expertId, expert == null ? null : expert.name, a.candidateId,
                candidate == null ? null : candidate.code, candidate == null ? null : candidate.name, a.createdAt);
    }
}
