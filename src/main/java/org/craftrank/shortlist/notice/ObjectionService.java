package org.craftrank.shortlist.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.candidate.CandidateRepository;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.shortlist.Objection;
import org.craftrank.shortlist.ShortlistProposal;
import org.craftrank.shortlist.ShortlistService;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 异议 during the public notice: the secretariat records objections against listed candidates and their outcome.
 * A withdrawal takes the candidate off the list and re-solves it under the same constraints, saying who moved in.
 */
@ApplicationScoped
public class ObjectionService {

    private final EntityManager em;
    private final CandidateRepository candidates;
    private final CampaignService campaigns;
    private final ShortlistService shortlists;
    private final AuditLog audit;
    private final AccessGuard guard;
    private final Clock clock;

    public ObjectionService(EntityManager em, CampaignService campaigns, ShortlistService shortlists, AuditLog audit,
                            AccessGuard guard, Clock clock, CandidateRepository candidates) {
        this.em = em;
        this.candidates = candidates;
        this.campaigns = campaigns;
        this.shortlists = shortlists;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public List<ObjectionView> list(long campaignId) {
        campaigns.require(campaignId);
        return em.createQuery("select o from Objection o where o.campaignId = :c order by o.id", Objection.class)
                .setParameter("c", campaignId).getResultList().stream().map(o -> ObjectionView.of(o, codeOf(o)))
                .toList();
    }

    @Transactional
    public ObjectionView record(long campaignId, ObjectionRequest request) {
        Campaign campaign = openNotice(campaignId, "record an objection");
        ShortlistProposal listed = shortlists.adoptedList(campaign);
        Long candidateId = candidates.idByCode(campaignId, request.code()).orElse(null);
        if (candidateId == null || !listed.members.containsValue(candidateId)) {
            throw InvalidInputException.of("code", "listed", "no candidate with code '" + request.code()
                    + "' is on the list in force (version " + listed.version + ")");
        }
        Objection objection = new Objection();
        objection.campaignId = campaignId;
        objection.candidateId = candidateId;
        objection.summary = request.summary().strip();
        objection.receivedAt = clock.instant();
        objection.recordedBy = guard.caller().username();
        em.persist(objection);
        audit.append(AuditEntry.of(AuditAction.OBJECTION_RECORDED, "objection", objection.id)
                .inCampaign(campaignId).change(null, Map.of("code", request.code(), "summary", objection.summary)));
        return ObjectionView.of(objection, request.code());
    }

    @Transactional
    public DecisionView decide(long campaignId, long objectionId, ObjectionDecisionRequest request) {
        Campaign campaign = openNotice(campaignId, "decide an objection");
        Objection objection = em.find(Objection.class, objectionId);
        if (objection == null || !objection.campaignId.equals(campaignId)) {
            throw new NotFoundException("objection", objectionId);
        }
        if (objection.outcome != null) {
            throw new RuleConflictException("objection-decided", "objection " + objectionId + " was already decided: "
                    + objection.outcome);
        }
        String code = codeOf(objection);
        ShortlistService.WithdrawalResult withdrawal = null;
        if (request.outcome() == Objection.Outcome.WITHDRAWN) {
            withdrawal = shortlists.withdraw(campaign, code, request.reason());
            objection.resultingVersion = withdrawal.version();
        }
        objection.outcome = request.outcome();
        objection.outcomeReason = request.reason().strip();
        objection.decidedAt = clock.instant();
        objection.decidedBy = guard.caller().username();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", objection.outcome.name());
        if (withdrawal != null) {
            after.put("version", withdrawal.version());
            after.put("movedIn", withdrawal.movedIn());
        }
        audit.append(AuditEntry.of(AuditAction.OBJECTION_DECIDED, "objection", objectionId).inCampaign(campaignId)
                .change(null, after).because(objection.outcomeReason));
        return new DecisionView(ObjectionView.of(objection, code), withdrawal);
    }

    /** @param withdrawal the re-solved list when the candidate was withdrawn; null when dismissed */
    public record DecisionView(ObjectionView objection, ShortlistService.WithdrawalResult withdrawal) {
    }

    private Campaign openNotice(long campaignId, String action) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, EnumSet.of(CampaignPhase.PUBLIC_NOTICE), action);
        return campaign;
    }

    private String codeOf(Objection o) {
        return candidates.codeOf(o.candidateId);
    }
}
