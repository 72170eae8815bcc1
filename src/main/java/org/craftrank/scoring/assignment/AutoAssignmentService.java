package org.craftrank.scoring.assignment;

import org.craftrank.candidate.CandidateRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.craftrank.review.FormalReviewService;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.common.FieldErrors;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.Sha256;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.scoring.autoassign.Affinity;
import org.craftrank.scoring.autoassign.AssignmentOutcome;
import org.craftrank.scoring.autoassign.AssignmentPlan;
import org.craftrank.scoring.autoassign.AssignmentProblem;
import org.craftrank.scoring.autoassign.AutoAssigner;
import org.craftrank.scoring.autoassign.CandidateSlot;
import org.craftrank.scoring.autoassign.Coverage;
import org.craftrank.scoring.autoassign.ExpertSlot;
import org.craftrank.scoring.autoassign.Infeasible;
import org.craftrank.scoring.autoassign.LoadBounds;
import org.craftrank.scoring.autoassign.ReviewPair;
import org.craftrank.scoring.conflict.ConflictService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Automatic assignment (自动分配): reads the campaign's experts, candidates, conflicts and existing assignments,
 * asks {@link AutoAssigner} for a plan, and either shows it (preview, nothing stored) or stores it (commit).
 *
 * <p>Every existing assignment is kept as fixed, started or not: the secretariat made it on purpose, and one with
 * a sheet must never be removed. Unstarted ones could be removed by hand (DELETE) before a re-run if wanted.
 * An infeasible request is a 422 {@code assignment-infeasible} naming the bottleneck.
 */
@ApplicationScoped
public class AutoAssignmentService {

    static final String INFEASIBLE = "assignment-infeasible";

    private static final SecureRandom SEEDS = new SecureRandom();

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ExpertRepository experts;
    private final ConflictService conflicts;
    private final AuditLog audit;
    private final Clock clock;
    private final FormalReviewService reviews;
    private final CandidateRepository candidateRows;
    private final AutoAssigner solver = new AutoAssigner();

    public AutoAssignmentService(EntityManager em, CampaignService campaigns, ExpertRepository experts,
                                 ConflictService conflicts, AuditLog audit, Clock clock,
                                 FormalReviewService reviews,
                                 CandidateRepository candidateRows) {
        this.candidateRows = candidateRows;
        this.em = em;
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.experts = experts;
        this.conflicts = conflicts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan, with nothing stored. */
    @Transactional
    public AutoAssignmentView preview(long campaignId, AutoAssignRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        Run run = plan(campaign, request);
        return run.view(false, Map.of());
    }

    /** Creates the plan's new assignments in one transaction, each audited, plus a summary entry. */
    @Transactional
    public AutoAssignmentView commit(long campaignId, AutoAssignRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        // One run at a time per campaign: a second concurrent commit waits and then plans on the first one's result.
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        Run run = plan(campaign, request);
        // Hashed once: the fingerprint covers the whole plan, so computing it per created pair was quadratic.
        String fingerprint = run.fingerprint();
        if (request.fingerprint() != null && !request.fingerprint().equals(fingerprint)) {
            throw new PreconditionFailedException("plan-changed", "the plan differs from the previewed one "
                    + "(fingerprint " + request.fingerprint() + "); the data changed since the preview, or the seed "
                    + "differs: preview again");
        }
        Map<ReviewPair, Long> created = new HashMap<>();
        Instant now = Instant.now(clock);
        for (AssignmentPlan.ProposedPair p : run.plan.proposed()) {
            Assignment a = new Assignment();
            a.campaignId = campaignId;
            a.expertId = p.expertId();
            a.candidateId = p.candidateId();
            a.createdAt = now;
            em.persist(a);
            created.put(new ReviewPair(p.expertId(), p.candidateId()), a.id);
            CandidateRow c = run.candidates.get(p.candidateId());
            audit.append(AuditEntry.of(AuditAction.ASSIGNMENT_CREATED, "assignment", a.id).inCampaign(campaignId)
                    .change(null, new AssignmentView(a.id, a.expertId, run.experts.get(a.expertId).name,
                            a.candidateId, c.code(), c.name(), a.createdAt))
                    .because("automatic assignment " + fingerprint));
        }
        audit.append(AuditEntry.of(AuditAction.AUTO_ASSIGNMENT_RUN, "campaign", campaignId).inCampaign(campaignId)
                .change(null, run.summary()));
        return run.view(true, created);
    }

    private Run plan(Campaign campaign, AutoAssignRequest request) {
        List<Expert> panel = experts.listByCampaign(campaign.id);
        Map<Long, Expert> expertById = panel.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        validate(request, expertById);
        CampaignService.requirePhase(campaign, AssignmentService.ASSIGNABLE, "assign experts automatically");

        // Only candidates the formal review admitted enter scoring, exactly as for a manual assignment.
        Set<Long> admitted = reviews.admittedIds(campaign.id);
        Map<Long, CandidateRow> candidates = new LinkedHashMap<>();
        candidateRows.summaries(campaign.id).values().stream().filter(c -> admitted.contains(c.id()))
                .forEach(c -> candidates.put(c.id(), new CandidateRow(c.id(), c.code(), c.name(), c.group(),
                        c.industry(), c.trade())));
        List<Assignment> existing = em.createQuery("select a from Assignment a where a.campaignId = :c order by a.id",
                Assignment.class).setParameter("c", campaign.id).getResultList();
        Set<ReviewPair> withSheet = new HashSet<>();
        em.createQuery("select s.expertId, s.candidateId from ScoreSheet s where s.campaignId = :c", Object[].class)
                .setParameter("c", campaign.id).getResultList()
                .forEach(r -> withSheet.add(new ReviewPair((Long) r[0], (Long) r[1])));
        Set<ReviewPair> forbidden = conflicts.conflictedPairs(campaign, panel).stream()
                .map(p -> new ReviewPair(p.expertId(), p.candidateId())).collect(Collectors.toSet());
        Set<ReviewPair> fixed = new HashSet<>(withSheet);
        existing.forEach(a -> fixed.add(new ReviewPair(a.expertId, a.candidateId)));

        Long seed = Boolean.TRUE.equals(request.randomSeed()) ? Long.valueOf(SEEDS.nextLong()) : request.seed();
        boolean affinity = Boolean.TRUE.equals(request.affinity());
        Coverage coverage = Boolean.TRUE.equals(request.allEligibleExperts()) ? Coverage.allEligible()
                : Coverage.exactly(request.reviewsPerCandidate());
        AssignmentProblem problem = new AssignmentProblem(
                candidates.values().stream().map(c -> new CandidateSlot(c.id(), c.code(), c.group(),
                        Affinity.keys(c.industry(), c.trade()))).toList(),
                panel.stream().map(e -> new ExpertSlot(e.id, e.name, e.group, bounds(request, e.id),
                        Affinity.keys(e.specialty))).toList(),
                forbidden, fixed, coverage, affinity, seed);
        AssignmentOutcome outcome = solver.solve(problem);
        if (outcome instanceof Infeasible why) {
            throw new AssignmentInfeasibleException(why);
        }
        Map<ReviewPair, Long> assignmentIds = new HashMap<>();
        existing.forEach(a -> assignmentIds.put(new ReviewPair(a.expertId, a.candidateId), a.id));
        return new Run(request, seed, affinity, (AssignmentPlan) outcome, expertById, candidates, assignmentIds,
                withSheet);
    }

    /** A side given per expert replaces the global one. */
    private static LoadBounds bounds(AutoAssignRequest request, long expertId) {
        Integer min = request.minLoad();
        Integer max = request.maxLoad();
        if (request.expertLoads() != null) {
            for (AutoAssignRequest.ExpertLoad own : request.expertLoads()) {
                if (own.expertId() == expertId) {
                    min = own.minLoad() != null ? own.minLoad() : min;
                    max = own.maxLoad() != null ? own.maxLoad() : max;
                }
            }
        }
        return new LoadBounds(min, max);
    }

    private static void validate(AutoAssignRequest request, Map<Long, Expert> experts) {
        FieldErrors errors = new FieldErrors();
        boolean all = Boolean.TRUE.equals(request.allEligibleExperts());
        errors.check(all != (request.reviewsPerCandidate() != null), "reviewsPerCandidate", "one-of",
                "reviewsPerCandidate: give either reviewsPerCandidate or allEligibleExperts: true");
        errors.check(request.seed() == null || !Boolean.TRUE.equals(request.randomSeed()), "seed", "one-of",
                "seed: give either a seed or randomSeed: true");
        errors.check(request.minLoad() == null || request.maxLoad() == null || request.minLoad() <= request.maxLoad(),
                "maxLoad", "at-least-min-load", "maxLoad: must not be below minLoad");
        if (request.expertLoads() != null) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < request.expertLoads().size(); i++) {
                AutoAssignRequest.ExpertLoad own = request.expertLoads().get(i);
                String field = "expertLoads[" + i + "]";
                errors.check(experts.containsKey(own.expertId()), field + ".expertId", "known-expert",
                        field + ".expertId: no expert " + own.expertId() + " in this campaign");
                errors.check(seen.add(own.expertId()), field + ".expertId", "unique",
                        field + ".expertId: expert " + own.expertId() + " is listed twice");
                Integer min = own.minLoad() != null ? own.minLoad() : request.minLoad();
                Integer max = own.maxLoad() != null ? own.maxLoad() : request.maxLoad();
                errors.check(min == null || max == null || min <= max, field + ".maxLoad", "at-least-min-load",
                        field + ".maxLoad: the expert's upper bound " + max + " is below its lower bound " + min);
            }
        }
        errors.throwIfAny();
    }

    private record CandidateRow(long id, String code, String name, String group, String industry, String trade) {
    }

    /** One planning run and everything needed to show or store it. */
    private record Run(AutoAssignRequest request, Long seed, boolean affinity, AssignmentPlan plan,
                       Map<Long, Expert> experts, Map<Long, CandidateRow> candidates,
                       Map<ReviewPair, Long> assignmentIds, Set<ReviewPair> withSheet) {

        String fingerprint() {
            StringBuilder text = new StringBuilder("auto-assignment-plan-v1");
            for (AssignmentPlan.ProposedPair p : plan.proposed()) {
                text.append(';').append(p.expertId()).append(':').append(p.candidateId());
            }
            return Sha256.hex(text.toString());
        }

        AutoAssignmentView view(boolean committed, Map<ReviewPair, Long> created) {
            List<AutoAssignmentView.Proposed> proposed = plan.proposed().stream().map(p -> {
                CandidateRow c = candidates.get(p.candidateId());
                return new AutoAssignmentView.Proposed(created.get(new ReviewPair(p.expertId(), p.candidateId())),
                        p.expertId(), experts.get(p.expertId()).name, p.candidateId(), c.code(), c.name(), c.group(),
                        p.affinityMatch());
            }).toList();
            List<AutoAssignmentView.Kept> kept = new ArrayList<>();
            plan.kept().forEach(p -> kept.add(kept(p, true)));
            plan.keptConflicted().forEach(p -> kept.add(kept(p, false)));
            kept.sort(java.util.Comparator.comparingLong(AutoAssignmentView.Kept::candidateId)
                    .thenComparingLong(AutoAssignmentView.Kept::expertId));
            List<AutoAssignmentView.ExpertLoad> loads = plan.loads().stream()
                    .map(l -> new AutoAssignmentView.ExpertLoad(l.expertId(), experts.get(l.expertId()).name,
                            l.group(), l.min(), l.max(), l.kept(), l.proposed(), l.total())).toList();
            Map<String, List<AutoAssignmentView.ExpertLoad>> byGroup = new TreeMap<>();
            loads.forEach(l -> byGroup.computeIfAbsent(l.group() == null ? "" : l.group(), g -> new ArrayList<>())
                    .add(l));
            List<AutoAssignmentView.GroupLoad> groups = byGroup.entrySet().stream()
                    .map(g -> new AutoAssignmentView.GroupLoad(g.getKey().isEmpty() ? null : g.getKey(),
                            g.getValue().size(),
                            g.getValue().stream().mapToInt(AutoAssignmentView.ExpertLoad::total).min().orElse(0),
                            g.getValue().stream().mapToInt(AutoAssignmentView.ExpertLoad::total).max().orElse(0)))
                    .toList();
            List<AutoAssignmentView.Coverage> coverage = plan.coverage().stream()
                    .map(c -> new AutoAssignmentView.Coverage(c.candidateId(), c.code(), c.group(), c.required(),
                            c.kept(), c.proposed(), c.total())).toList();
            return new AutoAssignmentView(committed, request.reviewsPerCandidate(),
                    Boolean.TRUE.equals(request.allEligibleExperts()), affinity, seed, fingerprint(), proposed.size(),
                    plan.kept().size(), plan.affinityMatches(),
                    new AutoAssignmentView.LoadSummary(plan.minLoad(), plan.maxLoad(), groups, loads), proposed, kept,
                    coverage, plan.notes());
        }

        private AutoAssignmentView.Kept kept(ReviewPair p, boolean counts) {
            Expert e = experts.get(p.expertId());
            CandidateRow c = candidates.get(p.candidateId());
            return new AutoAssignmentView.Kept(assignmentIds.get(p), p.expertId(), e == null ? null : e.name,
                    p.candidateId(), c == null ? null : c.code(), withSheet.contains(p), counts);
        }

        /** The audit summary: parameters and counts, no names. */
        Map<String, Object> summary() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("reviewsPerCandidate", request.reviewsPerCandidate());
            s.put("allEligibleExperts", Boolean.TRUE.equals(request.allEligibleExperts()));
            s.put("minLoad", request.minLoad());
            s.put("maxLoad", request.maxLoad());
            s.put("expertLoads", request.expertLoads() == null ? List.of() : request.expertLoads());
            s.put("affinity", affinity);
            s.put("seed", seed);
            s.put("created", plan.proposed().size());
            s.put("kept", plan.kept().size());
            s.put("keptConflicted", plan.keptConflicted().size());
            s.put("loadMin", plan.minLoad());
            s.put("loadMax", plan.maxLoad());
            s.put("affinityMatches", plan.affinityMatches());
            s.put("fingerprint", fingerprint());
            return s;
        }
    }
}
