package org.craftrank.shortlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.common.version.IfMatch;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.TransitionRequest;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.FieldErrors;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.UnprocessableException;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.shortlist.solver.InvalidShortlistRequestException;
import org.craftrank.shortlist.solver.Shortlist;
import org.craftrank.shortlist.solver.ShortlistInfeasibleException;
import org.craftrank.shortlist.solver.ShortlistNotSolvedException;
import org.craftrank.shortlist.solver.ShortlistRequest;
import org.craftrank.shortlist.solver.ShortlistSolver;
import org.craftrank.shortlist.solver.Withdrawal;
import org.craftrank.shortlist.solver.WithdrawalMode;
import org.craftrank.unit.RecommendingUnitRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The shortlist (建议名单): the secretariat's rules, the committee's proposals solved exactly under them and stored
 * as versions, and the adoption of one, which moves the campaign to APPROVED (审定). Everything here speaks in
 * pseudonymous codes; {@link ShortlistIdentities} is the one controlled way back to names.
 */
@ApplicationScoped
public class ShortlistService {

    static final Set<CampaignPhase> RULES_EDITABLE = EnumSet.of(CampaignPhase.DRAFT, CampaignPhase.NOMINATION,
            CampaignPhase.FORMAL_REVIEW, CampaignPhase.SCORING, CampaignPhase.DELIBERATION);
    static final Set<CampaignPhase> LISTED = EnumSet.of(CampaignPhase.APPROVED, CampaignPhase.PUBLIC_NOTICE,
            CampaignPhase.PUBLISHED);

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ShortlistInputs inputs;
    private final AuditLog audit;
    private final AccessGuard guard;
    private final ObjectMapper json;
    private final Clock clock;
    private final RecommendingUnitRepository unitRepository;
    private final ShortlistSolver solver = new ShortlistSolver();

    public ShortlistService(EntityManager em, CampaignService campaigns, ShortlistInputs inputs, AuditLog audit,
                            AccessGuard guard, ObjectMapper json, Clock clock,
                            RecommendingUnitRepository unitRepository) {
        this.em = em;
        this.unitRepository = unitRepository;
        this.campaigns = campaigns;
        this.inputs = inputs;
        this.audit = audit;
        this.guard = guard;
        this.json = json;
        this.clock = clock;
    }

    // --- rules --------------------------------------------------------------------------------------------------

    @Transactional
    public ShortlistRules rules(long campaignId) {
        return rulesOf(campaigns.require(campaignId));
    }

    /** The rules with the version they are stored at: the campaign's row version, as they live on its row. */
    public record VersionedRules(ShortlistRules rules, long version) {
    }

    @Transactional
    public VersionedRules versionedRules(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        return new VersionedRules(rulesOf(campaign), campaign.version);
    }

    /**
     * Replaces the rules. {@code ifMatch} is checked against the campaign's row version (the rules are part of
     * that row), so a form or client that read them before another change is refused with 412.
     */
    @Transactional
    public VersionedRules updateRules(long campaignId, ShortlistRules rules, IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        ifMatch.check("campaign's shortlist rules", campaign.version);
        CampaignService.requirePhase(campaign, RULES_EDITABLE, "change the shortlist rules");
        FieldErrors errors = new FieldErrors();
        checkMinimum("women", rules.women(), errors);
        checkMinimum("young", rules.young(), errors);
        errors.check(rules.young() == null || rules.youngAgeLimit() != null, "youngAgeLimit", "required",
                "a minimum of young candidates needs youngAgeLimit (e.g. 35)");
        List<Long> units = unitRepository.listByCampaign(campaignId).stream().map(u -> u.id).toList();
        rules.unitCaps().keySet().forEach(unitId -> errors.check(units.contains(unitId), "unitCaps." + unitId,
                "known-unit", "unit " + unitId + " is not a recommending unit of campaign " + campaignId));
        errors.throwIfAny();
        ShortlistRules before = rulesOf(campaign);
        campaign.shortlistRules = write(rules);
        audit.append(AuditEntry.of(AuditAction.SHORTLIST_RULES_CHANGED, "campaign", campaignId)
                .inCampaign(campaignId).change(before, rules));
        em.flush();
        return new VersionedRules(rules, campaign.version);
    }

    private static void checkMinimum(String field, ShortlistRules.MinimumRule rule, FieldErrors errors) {
        if (rule != null) {
            errors.check((rule.count() == null) != (rule.share() == null), field, "count-or-share",
                    field + " takes either a count or a share (0.3 for 30%), not both or neither");
        }
    }

    ShortlistRules rulesOf(Campaign campaign) {
        return campaign.shortlistRules == null ? ShortlistRules.NONE
                : read(campaign.shortlistRules, ShortlistRules.class);
    }

    // --- proposals ----------------------------------------------------------------------------------------------

    /** Solves the campaign's rules plus the caller's decisions and stores the result as the next version. */
    @Transactional
    public ProposalView propose(long campaignId, ProposalRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, EnumSet.of(CampaignPhase.DELIBERATION), "propose a shortlist");
        int places = placesOf(campaign);
        ShortlistRules rules = rulesOf(campaign);
        ShortlistInputs.Inputs in = inputs.load(campaign, rules);
        ProposalView.Decisions decisions = new ProposalView.Decisions(request.fixedInclusions(),
                request.fixedExclusions(), Set.of());
        ShortlistRequest solverRequest = new ShortlistRequest(in.candidates(), places,
                ShortlistInputs.constraints(rules, in.unitKeys(), decisions.fixedInclusions(),
                        decisions.fixedExclusions()));
        Shortlist solved = solving(() -> solver.solve(solverRequest));
        ShortlistProposal proposal = store(campaign, ShortlistProposal.Origin.PROPOSED, null, request.note(), rules,
                decisions, ShortlistResultView.of(solved), in.idByCode());
        audit.append(AuditEntry.of(AuditAction.SHORTLIST_PROPOSED, "shortlist", proposal.version)
                .inCampaign(campaignId).change(null, Map.of("version", proposal.version,
                        "fixedInclusions", decisions.fixedInclusions(), "fixedExclusions", decisions.fixedExclusions(),
                        "placesFilled", solved.placesFilled())));
        return view(proposal);
    }

    @Transactional
    public List<ProposalView.Summary> list(long campaignId) {
        campaigns.require(campaignId);
        return proposals(campaignId).stream().map(p -> {
            ShortlistResultView result = read(p.resultJson, ShortlistResultView.class);
            return new ProposalView.Summary(p.version, p.origin, p.note, p.createdBy, p.createdAt, p.adopted(),
                    result.placesFilled(), result.totalScore());
        }).toList();
    }

    @Transactional
    public ProposalView get(long campaignId, int version) {
        campaigns.require(campaignId);
        return view(proposal(campaignId, version));
    }

    /** Who is on one version and not the other, and how the totals differ. */
    @Transactional
    public ProposalComparison compare(long campaignId, int version, int other) {
        campaigns.require(campaignId);
        ShortlistResultView a = read(proposal(campaignId, version).resultJson, ShortlistResultView.class);
        ShortlistResultView b = read(proposal(campaignId, other).resultJson, ShortlistResultView.class);
        return ProposalComparison.of(version, a, other, b);
    }

    /**
     * 审定: records the adopted version and moves the campaign to APPROVED.
     *
     * @param reason the decision note, never blank (the API and the page both refuse a blank one)
     */
    @Transactional
    public ProposalView adopt(long campaignId, int version, String reason) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, EnumSet.of(CampaignPhase.DELIBERATION), "adopt a shortlist");
        ShortlistProposal proposal = proposal(campaignId, version);
        proposal.adoptedAt = clock.instant();
        proposal.adoptedBy = guard.caller().username();
        em.flush();
        campaigns.transition(campaignId, new TransitionRequest(CampaignPhase.APPROVED,
                reason));
        audit.append(AuditEntry.of(AuditAction.SHORTLIST_ADOPTED, "shortlist", version).inCampaign(campaignId)
                .change(null, Map.of("version", version)).because(reason));
        return view(proposal);
    }

    /** The list in force: the adopted version with the highest number (a withdrawal adopts a new one). */
    Optional<ShortlistProposal> adopted(long campaignId) {
        return em.createQuery("select p from ShortlistProposal p where p.campaignId = :c and p.adoptedAt is not null"
                        + " order by p.version desc", ShortlistProposal.class)
                .setParameter("c", campaignId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The list in force of a campaign from APPROVED on; a 409 {@code not-approved} before. */
    public ShortlistProposal adoptedList(Campaign campaign) {
        if (!LISTED.contains(campaign.phase)) {
            throw new RuleConflictException("not-approved", "the shortlist of campaign " + campaign.id
                    + " is not approved yet (phase " + campaign.phase + "); identities and the notice come after "
                    + "审定 (APPROVED)");
        }
        return adopted(campaign.id).orElseThrow(() -> new RuleConflictException("not-approved",
                "campaign " + campaign.id + " has no adopted shortlist"));
    }

    /**
     * After a withdrawal during the notice: re-solves with everyone else kept on the list and stores (and adopts)
     * the result as a new version. Infeasible (no replacement fits the constraints) is a 422 naming them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public WithdrawalResult withdraw(Campaign campaign, String withdrawnCode, String reason) {
        ShortlistProposal current = adoptedList(campaign);
        ProposalView.Decisions decisions = read(current.decisionsJson, ProposalView.Decisions.class);
        ShortlistRules rules = read(current.rulesJson, ShortlistRules.class);
        ShortlistInputs.Inputs in = inputs.load(campaign, rules);
        ShortlistRequest previous = new ShortlistRequest(in.candidates(), placesOf(campaign),
                ShortlistInputs.constraints(rules, in.unitKeys(), decisions.fixedInclusions(),
                        decisions.fixedExclusions()), Set.of(), decisions.withdrawn());
        List<String> listed = read(current.resultJson, ShortlistResultView.class).selectedCodes();
        Withdrawal withdrawal = solving(() -> solver.withdraw(previous, listed, withdrawnCode,
                WithdrawalMode.KEEP_OTHERS));
        Set<String> withdrawn = new LinkedHashSet<>(decisions.withdrawn());
        withdrawn.add(withdrawnCode);
        ShortlistProposal next = store(campaign, ShortlistProposal.Origin.WITHDRAWAL, current.version, reason, rules,
                new ProposalView.Decisions(decisions.fixedInclusions(), decisions.fixedExclusions(), withdrawn),
                ShortlistResultView.of(withdrawal.shortlist()), in.idByCode());
        next.adoptedAt = clock.instant();
        next.adoptedBy = guard.caller().username();
        return new WithdrawalResult(next.version, withdrawnCode,
                withdrawal.movedIn().stream().map(e -> e.code()).toList());
    }

    /** @param movedIn the codes that came onto the list in the freed place(s) */
    public record WithdrawalResult(int version, String withdrawnCode, List<String> movedIn) {
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static int placesOf(Campaign campaign) {
        if (campaign.shortlistSize == null || campaign.shortlistSize < 1) {
            throw new RuleConflictException("shortlist-size-missing", "campaign " + campaign.id
                    + " has no shortlistSize; set it with PUT /api/campaigns/" + campaign.id);
        }
        return campaign.shortlistSize;
    }

    /** Runs the solver, turning its refusals into the API's problems. */
    private static <T> T solving(Supplier<T> solve) {
        try {
            return solve.get();
        } catch (InvalidShortlistRequestException e) {
            throw InvalidInputException.of(e.field(), "shortlist-request", e.getMessage());
        } catch (ShortlistInfeasibleException e) {
            throw new InfeasibleShortlistException(e.rule(), e.getMessage(), e.infeasibilities());
        } catch (ShortlistNotSolvedException e) {
            throw new UnprocessableException("shortlist-not-solved", e.getMessage());
        }
    }

    private ShortlistProposal store(Campaign campaign, ShortlistProposal.Origin origin, Integer basedOn, String note,
                                    ShortlistRules rules, ProposalView.Decisions decisions,
                                    ShortlistResultView result, Map<String, Long> idByCode) {
        Integer last = em.createQuery("select max(p.version) from ShortlistProposal p where p.campaignId = :c",
                Integer.class).setParameter("c", campaign.id).getSingleResult();
        ShortlistProposal proposal = new ShortlistProposal();
        proposal.campaignId = campaign.id;
        proposal.version = last == null ? 1 : last + 1;
        proposal.origin = origin;
        proposal.basedOnVersion = basedOn;
        proposal.note = note;
        proposal.createdBy = guard.caller().username();
        proposal.createdAt = clock.instant();
        proposal.rulesJson = write(rules);
        proposal.decisionsJson = write(decisions);
        proposal.resultJson = write(result);
        Map<Integer, Long> members = new TreeMap<>();
        List<String> codes = result.selectedCodes();
        for (int i = 0; i < codes.size(); i++) {
            members.put(i + 1, idByCode.get(codes.get(i)));
        }
        proposal.members = members;
        em.persist(proposal);
        return proposal;
    }

    private List<ShortlistProposal> proposals(long campaignId) {
        return em.createQuery("select p from ShortlistProposal p where p.campaignId = :c order by p.version",
                ShortlistProposal.class).setParameter("c", campaignId).getResultList();
    }

    private ShortlistProposal proposal(long campaignId, int version) {
        return em.createQuery("select p from ShortlistProposal p where p.campaignId = :c and p.version = :v",
                        ShortlistProposal.class).setParameter("c", campaignId).setParameter("v", version)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("shortlist proposal", version));
    }

    private ProposalView view(ShortlistProposal p) {
        return new ProposalView(p.version, p.origin, p.basedOnVersion, p.note, p.createdBy, p.createdAt, p.adopted(),
                p.adoptedAt, p.adoptedBy, read(p.rulesJson, ShortlistRules.class),
                read(p.decisionsJson, ProposalView.Decisions.class), read(p.resultJson, ShortlistResultView.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }

}
