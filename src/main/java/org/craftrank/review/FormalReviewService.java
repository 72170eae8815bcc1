package org.craftrank.review;

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
import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.model.definition.RuleSeverity;
import org.craftrank.review.rules.CandidateFacts;
import org.craftrank.review.rules.EligibilityRules;
import org.craftrank.review.rules.Finding;
import org.craftrank.review.rules.Outcome;
import org.craftrank.review.rules.UnitFacts;
import org.craftrank.review.rules.UnitNotice;
import org.craftrank.review.rules.Verdict;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 形式审查: runs every eligibility rule of the campaign's frozen model over its candidates, keeps each result with
 * every reason, and records the secretariat's confirmations and overrides. Only admitted candidates may be
 * assigned to experts, so only they are scored.
 */
@ApplicationScoped
public class FormalReviewService {

    static final Set<CampaignPhase> REVIEWING = EnumSet.of(CampaignPhase.FORMAL_REVIEW);

    private final EntityManager em;
    private final CampaignService campaigns;
    private final CandidateRepository candidates;
    private final RecommendingUnitRepository units;
    private final AuditLog audit;
    private final Clock clock;
    private final AssignedCandidates assigned;

    public FormalReviewService(EntityManager em, CampaignService campaigns, CandidateRepository candidates,
                               RecommendingUnitRepository units, AuditLog audit, Clock clock,
                               AssignedCandidates assigned) {
        this.assigned = assigned;
        this.em = em;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reviews every candidate of the campaign (FORMAL_REVIEW phase). A decision survives a new run only when the
     * candidate and its result are unchanged; otherwise it is cleared and listed, to be taken again.
     */
    @Transactional
    public ReviewSummary run(long campaignId, String actor) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, REVIEWING, "run the formal review");
        Scope scope = scope(campaign);
        Map<Long, FormalReview> existing = reviewsByCandidate(campaignId);
        List<Long> cleared = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (Verdict verdict : scope.rules.reviewAll()) {
            Candidate candidate = scope.candidates.get(verdict.candidateId());
            FormalReview found = existing.get(candidate.id);
            FormalReview review = found == null ? new FormalReview() : found;
            if (found != null && review.decision != null && !sameResult(review, candidate, verdict)) {
                cleared.add(candidate.id);
                review.decision = null;
                review.decisionReason = null;
                review.decidedBy = null;
                review.decidedAt = null;
            }
            review.candidateVersion = candidate.version;
            review.outcome = verdict.outcome();
            review.findings.clear();
            verdict.findings().forEach(f -> review.findings.add(stored(f)));
            review.reviewedAt = now;
            review.reviewedBy = actor;
            if (found == null) {
                review.campaignId = campaignId;
                review.candidateId = candidate.id;
                em.persist(review);
            }
        }
        em.flush();
        ReviewSummary summary = summary(campaign, scope, reviewsByCandidate(campaignId), cleared, null);
        audit.append(AuditEntry.of(AuditAction.FORMAL_REVIEW_RUN, "campaign", campaignId).inCampaign(campaignId)
                .change(null, Map.of("counts", summary.counts(), "decisionsCleared", cleared)));
        return summary;
    }

    /** Every candidate's result, or only one unit's (a UNIT operator's view). */
    @Transactional
    public ReviewSummary list(long campaignId, Long unitId) {
        Campaign campaign = campaigns.require(campaignId);
        return summary(campaign, scope(campaign), reviewsByCandidate(campaignId), List.of(), unitId);
    }

    @Transactional
    public ReviewView find(long campaignId, long candidateId) {
        Campaign campaign = campaigns.require(campaignId);
        Candidate candidate = candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        return view(candidate, unitNames(campaignId), reviewOf(campaignId, candidateId).orElse(null));
    }

    /** Confirms or overrides a current result (FORMAL_REVIEW phase); audited with the reason. */
    @Transactional
    public ReviewView decide(long campaignId, long candidateId, ReviewDecisionRequest request, String actor) {
        Campaign campaign = campaigns.require(campaignId);
        Candidate candidate = candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        CampaignService.requirePhase(campaign, REVIEWING, "decide on a formal review result");
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (request.decision() == ReviewDecision.OVERRIDDEN && reason == null) {
            throw InvalidInputException.of("reason", "required", "reason: an override needs a reason");
        }
        FormalReview review = reviewOf(campaignId, candidateId).orElseThrow(() -> new RuleConflictException(
                "not-reviewed", "candidate " + candidateId + " has not been reviewed yet; run the formal review first"));
        if (review.candidateVersion != candidate.version) {
            throw new RuleConflictException("review-stale", "candidate " + candidateId + " was corrected after its "
                    + "formal review; run the review again before deciding");
        }
        boolean admitsNow = admits(review.outcome, request.decision());
        if (!admitsNow && assigned.isAssigned(campaignId, candidateId)) {
            throw new RuleConflictException("has-assignments", "candidate " + candidateId + " is assigned to experts; "
                    + "remove the assignments before keeping the candidate out of scoring");
        }
        Map<String, Object> before = decisionState(review);
        review.decision = request.decision();
        review.decisionReason = reason;
        review.decidedBy = actor;
        review.decidedAt = Instant.now(clock);
        AuditAction action = request.decision() == ReviewDecision.OVERRIDDEN ? AuditAction.FORMAL_REVIEW_OVERRIDDEN
                : AuditAction.FORMAL_REVIEW_CONFIRMED;
        audit.append(AuditEntry.of(action, "candidate", candidateId).inCampaign(campaignId)
                .change(before, decisionState(review)).because(reason));
        return view(candidate, unitNames(campaignId), review);
    }

    /**
     * Refuses (409 {@code not-eligible}) a candidate that may not enter scoring: not reviewed, reviewed before
     * its last correction, failed and not overridden, or overridden out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireAdmitted(Candidate candidate) {
        Optional<FormalReview> review = reviewOf(candidate.campaignId, candidate.id);
        String why;
        if (review.isEmpty()) {
            why = "has not been through the formal review (形式审查) yet";
        } else if (review.get().candidateVersion != candidate.version) {
            why = "was corrected after its formal review; run the review again";
        } else if (!admits(review.get().outcome, review.get().decision)) {
            why = review.get().outcome == Outcome.FAIL
                    ? "failed the formal review (" + review.get().findings.stream()
                    .filter(f -> f.severity == RuleSeverity.FAIL).map(f -> f.rule).distinct()
                    .collect(Collectors.joining(", ")) + ") and was not overridden"
                    : "was kept out of scoring by an override of its formal review";
        } else {
            return;
        }
        throw new RuleConflictException("not-eligible", "candidate " + candidate.id + " " + why);
    }

    /** The candidates of a campaign that {@link #requireAdmitted} would let into scoring, in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Set<Long> admittedIds(long campaignId) {
        java.util.Set<Long> admitted = new java.util.HashSet<>();
        Map<Long, Long> versions = candidates.versions(campaignId);
        em.createQuery("select r.candidateId, r.outcome, r.decision, r.candidateVersion from FormalReview r"
                        + " where r.campaignId = :c", Object[].class).setParameter("c", campaignId).getResultList()
                .forEach(row -> {
                    // A review holds only for the version of the candidate it checked.
                    boolean current = versions.containsKey((Long) row[0])
                            && versions.get((Long) row[0]) == ((Number) row[3]).longValue();
                    if (current && admits((Outcome) row[1], (ReviewDecision) row[2])) {
                        admitted.add((Long) row[0]);
                    }
                });
        return admitted;
    }

    /** PASS and WARN enter scoring unless overridden out; FAIL only when overridden in. */
    static boolean admits(Outcome outcome, ReviewDecision decision) {
        return (outcome != Outcome.FAIL) != (decision == ReviewDecision.OVERRIDDEN);
    }

    private boolean sameResult(FormalReview review, Candidate candidate, Verdict verdict) {
        if (review.candidateVersion != candidate.version || review.outcome != verdict.outcome()
                || review.findings.size() != verdict.findings().size()) {
            return false;
        }
        for (int i = 0; i < review.findings.size(); i++) {
            ReviewFinding stored = review.findings.get(i);
            Finding now = verdict.findings().get(i);
            if (!stored.rule.equals(now.rule()) || stored.severity != now.severity()
                    || !stored.message.equals(now.message())) {
                return false;
            }
        }
        return true;
    }

    private static ReviewFinding stored(Finding f) {
        ReviewFinding r = new ReviewFinding();
        r.rule = f.rule();
        r.severity = f.severity();
        r.message = f.message().length() > 2000 ? f.message().substring(0, 1999) + "…" : f.message();
        r.basis = f.basis();
        return r;
    }

    /** The campaign's candidates, units and the rules built over them. */
    private record Scope(Map<Long, Candidate> candidates, List<RecommendingUnit> units, EligibilityRules rules) {
    }

    private Scope scope(Campaign campaign) {
        List<Candidate> all = candidates.byCampaign(campaign.id, null).list();
        List<RecommendingUnit> campaignUnits = units.listByCampaign(campaign.id);
        EligibilityRules rules = new EligibilityRules(campaigns.modelOf(campaign).eligibility(), campaign.level,
                LocalDate.now(clock),
                campaignUnits.stream().map(u -> new UnitFacts(u.id, u.name, u.quota, u.minimum)).toList(),
                all.stream().map(FormalReviewService::facts).toList());
        return new Scope(all.stream().collect(Collectors.toMap(c -> c.id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new)), campaignUnits, rules);
    }

    static CandidateFacts facts(Candidate c) {
        Map<String, String> texts = new HashMap<>();
        texts.put("recommendationReason", c.recommendationReason);
        texts.put("oneLineReason", c.oneLineReason);
        texts.put("personalStatement", c.personalStatement);
        Map<String, Boolean> declarations = new HashMap<>();
        declarations.put("recognisedGreatCraftsman", c.recognisedGreatCraftsman);
        declarations.put("leadershipPost", c.leadershipPost);
        declarations.put("otherTalentProgramme", c.otherTalentProgramme);
        return new CandidateFacts(c.id, c.name, c.unitId, c.employer, c.groupCompany, c.shopFloorYears, birthDate(c),
                c.referees.stream().map(r -> new CandidateFacts.RefereeFacts(r.name, r.employer)).toList(),
                texts, declarations);
    }

    /** From the ID number when there is one (it has the day), else the first of the stated birth month. */
    private static LocalDate birthDate(Candidate c) {
        if (c.idNumber != null) {
            Optional<LocalDate> fromId = ResidentIdNumber.birthDate(c.idNumber);
            if (fromId.isPresent()) {
                return fromId.get();
            }
        }
        return c.birthYearMonth == null ? null : YearMonth.parse(c.birthYearMonth).atDay(1);
    }

    private ReviewSummary summary(Campaign campaign, Scope scope, Map<Long, FormalReview> reviews, List<Long> cleared,
                                  Long unitId) {
        Map<Long, String> names = scope.units.stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
        List<ReviewView> views = scope.candidates.values().stream()
                .filter(c -> unitId == null || c.unitId.equals(unitId))
                .map(c -> view(c, names, reviews.get(c.id))).toList();
        List<UnitNotice> notices = scope.rules.unitNotices().stream()
                .filter(n -> unitId == null || n.unitId() == unitId).toList();
        int pass = 0, warn = 0, fail = 0, notReviewed = 0, overridden = 0, stale = 0, admitted = 0;
        for (ReviewView v : views) {
            if (v.outcome() == null) {
                notReviewed++;
                continue;
            }
            switch (v.outcome()) {
                case PASS -> pass++;
                case WARN -> warn++;
                case FAIL -> fail++;
            }
            overridden += v.decision() == ReviewDecision.OVERRIDDEN ? 1 : 0;
            stale += v.current() ? 0 : 1;
            admitted += v.admitted() ? 1 : 0;
        }
        return new ReviewSummary(new ReviewSummary.Counts(views.size(), notReviewed, pass, warn, fail, overridden,
                stale, admitted), notices, cleared, views);
    }

    private static ReviewView view(Candidate c, Map<Long, String> unitNames, FormalReview review) {
        if (review == null) {
            return new ReviewView(c.id, c.code, c.name, c.unitId, unitNames.get(c.unitId), null, List.of(), false,
                    false, null, null, null, null, null);
        }
        boolean current = review.candidateVersion == c.version;
        return new ReviewView(c.id, c.code, c.name, c.unitId, unitNames.get(c.unitId), review.outcome,
                review.findings.stream().map(f -> new ReviewView.FindingView(f.rule, f.severity, f.message, f.basis))
                        .toList(),
                current, current && admits(review.outcome, review.decision), review.decision, review.decisionReason,
                review.decidedBy, review.decidedAt, review.reviewedAt);
    }

    private static Map<String, Object> decisionState(FormalReview review) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("outcome", review.outcome);
        state.put("decision", review.decision);
        state.put("admitted", admits(review.outcome, review.decision));
        return state;
    }

    private Map<Long, String> unitNames(long campaignId) {
        return units.listByCampaign(campaignId).stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
    }

    private Map<Long, FormalReview> reviewsByCandidate(long campaignId) {
        return em.createQuery("select r from FormalReview r where r.campaignId = :c", FormalReview.class)
                .setParameter("c", campaignId).getResultStream()
                .collect(Collectors.toMap(r -> r.candidateId, Function.identity()));
    }

    private Optional<FormalReview> reviewOf(long campaignId, long candidateId) {
        return em.createQuery("select r from FormalReview r where r.campaignId = :c and r.candidateId = :k",
                        FormalReview.class)
                .setParameter("c", campaignId).setParameter("k", candidateId).getResultStream().findFirst();
    }

}
