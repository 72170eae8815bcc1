package org.craftrank.campaign;

import org.craftrank.common.version.IfMatch;
import org.craftrank.model.definition.AggregationMethod;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.phase.CampaignFacts;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.campaign.phase.PhaseTransitionPolicy;
import org.craftrank.common.FieldErrors;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.model.LoadedModel;
import org.craftrank.model.ScoringModelCatalog;
import org.craftrank.model.ScoringModelView;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.model.definition.ScoringModel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Opens campaigns (freezing their model), changes their settings and moves them through their phases. */
@ApplicationScoped
public class CampaignService {

    /** Phases in which the aggregation settings may still change: before the ranking is deliberated. */
    private static final Set<CampaignPhase> SETTINGS_EDITABLE = EnumSet.range(CampaignPhase.DRAFT, CampaignPhase.SCORING);

    /**
     * Phases in which blind scoring may be switched: before any expert has seen a candidate's materials. Turning it
     * on later would promise an anonymity the experts have already seen through; turning it off would show them
     * who they were scoring blind.
     */
    private static final Set<CampaignPhase> BLIND_SETTING_EDITABLE =
            EnumSet.range(CampaignPhase.DRAFT, CampaignPhase.FORMAL_REVIEW);

    /** Whether the campaign's settings may change in {@code phase} (what the settings page offers). */
    public static boolean settingsEditable(CampaignPhase phase) {
        return SETTINGS_EDITABLE.contains(phase);
    }

    /** Whether blind scoring may be switched in {@code phase}. */
    public static boolean blindSettingEditable(CampaignPhase phase) {
        return BLIND_SETTING_EDITABLE.contains(phase);
    }

    private final CampaignRepository campaigns;
    private final ScoringModelCatalog catalog;
    private final FrozenModels frozenModels;
    private final PhaseTransitionPolicy policy = new PhaseTransitionPolicy();
    private final Event<CampaignPhaseChanged> phaseChanged;
    private final AuditLog audit;
    private final Instance<CampaignContents> contents;
    private final PublicNoticePeriods noticePeriods;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, ScoringModelCatalog catalog, FrozenModels frozenModels,
                           Event<CampaignPhaseChanged> phaseChanged, AuditLog audit,
                           @Any Instance<CampaignContents> contents, PublicNoticePeriods noticePeriods,
                           Clock clock) {
        this.contents = contents;
        this.noticePeriods = noticePeriods;
        this.clock = clock;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.frozenModels = frozenModels;
        this.phaseChanged = phaseChanged;
        this.audit = audit;
    }

    @Transactional
    public CampaignView create(CreateCampaignRequest request) {
        FieldErrors errors = new FieldErrors();
        Optional<LoadedModel> loaded = catalog.find(request.modelId());
        if (loaded.isEmpty()) {
            errors.add("modelId", "known-model", "unknown scoring model '" + request.modelId()
                    + "'; GET /api/scoring-models lists the available ones");
        } else if (loaded.get().model().eligibility().minShopFloorYearsFor(request.level()).isEmpty()) {
            errors.add("level", "model-covers-level", "model '" + request.modelId() + "' defines no eligibility for "
                    + request.level() + "; it covers " + loaded.get().model().eligibility().minShopFloorYears().keySet());
        }
        // Merged onto the defaults: a client that sends only the method keeps the default tie-break order.
        AggregationSettings aggregation = loaded.map(m -> {
            AggregationSettings defaults = AggregationSettings.defaults(m.model().scale());
            return request.aggregation() == null ? defaults : request.aggregation().over(defaults);
        }).orElse(null);
        loaded.ifPresent(m -> checkAggregation(aggregation, m.model(), errors));
        checkConflictRules(request.optionalConflictRules(), errors);
        errors.throwIfAny();

        LoadedModel model = loaded.orElseThrow();
        Campaign campaign = new Campaign();
        campaign.name = request.name().strip();
        campaign.level = request.level();
        campaign.year = request.year();
        campaign.phase = CampaignPhase.DRAFT;
        campaign.modelId = model.model().id();
        campaign.modelFileName = model.fileName();
        campaign.modelContent = model.content();
        campaign.modelHash = model.contentHash();
        applyAggregation(campaign, aggregation);
        campaign.shortlistSize = request.shortlistSize();
        campaign.setOptionalConflictRules(request.optionalConflictRules() == null ? List.of()
                : request.optionalConflictRules());
        campaign.blindScoring = request.scoring() != null && Boolean.TRUE.equals(request.scoring().blind());
        applyNoticePeriod(campaign, request.publicNotice() == null ? PublicNoticeSettings.DEFAULT
                : request.publicNotice());
        campaign.createdAt = Instant.now(clock);
        campaigns.persist(campaign);
        return view(campaign);
    }

    @Transactional
    public CampaignView update(long id, UpdateCampaignRequest request, IfMatch ifMatch) {
        Campaign campaign = require(id);
        ifMatch.check("campaign", campaign.version);
        requirePhase(campaign, SETTINGS_EDITABLE, "change the campaign's settings");
        FieldErrors errors = new FieldErrors();
        AggregationSettings aggregation = request.aggregation() == null ? settingsOf(campaign)
                : request.aggregation().over(settingsOf(campaign));
        checkAggregation(aggregation, frozenModels.of(campaign).model(), errors);
        checkConflictRules(request.optionalConflictRules(), errors);
        errors.throwIfAny();
        Boolean blind = request.scoring() == null ? null : request.scoring().blind();
        if (blind != null && blind != campaign.blindScoring) {
            requirePhase(campaign, BLIND_SETTING_EDITABLE, "switch blind scoring");
        }
        Map<String, Object> before = auditedSettings(campaign);
        if (blind != null) {
            campaign.blindScoring = blind;
        }
        if (request.optionalConflictRules() != null) {
            campaign.setOptionalConflictRules(request.optionalConflictRules());
        }
        campaign.name = request.name().strip();
        campaign.year = request.year();
        applyAggregation(campaign, aggregation);
        campaign.shortlistSize = request.shortlistSize();
        if (request.publicNotice() != null) {
            applyNoticePeriod(campaign, request.publicNotice());
        }
        Map<String, Object> after = auditedSettings(campaign);
        if (!before.equals(after)) {
            audit.append(AuditEntry.of(AuditAction.CAMPAIGN_SETTINGS_CHANGED, "campaign", id).inCampaign(id)
                    .change(before, after));
        }
        campaigns.flush();
        return view(campaign);
    }

    /** The settings an update may change, as the audit log records them before and after. */
    private static Map<String, Object> auditedSettings(Campaign campaign) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", campaign.name);
        settings.put("year", campaign.year);
        settings.put("aggregation", settingsOf(campaign));
        settings.put("shortlistSize", campaign.shortlistSize);
        settings.put("optionalConflictRules", campaign.optionalConflictRulesText);
        settings.put("scoring", new ScoringSettings(campaign.blindScoring));
        settings.put("publicNotice", noticeSettingsOf(campaign));
        return settings;
    }

    @Transactional
    public CampaignView transition(long id, TransitionRequest request) {
        Campaign campaign = require(id);
        CampaignFacts facts = facts(campaign);
        if (campaign.phase == CampaignPhase.PUBLIC_NOTICE) {
            PublicNoticeView notice = noticePeriods.of(campaign);
            if (notice.calendarMissingFor() != null && request.to() == CampaignPhase.PUBLISHED) {
                throw new RuleConflictException("holiday-calendar-missing", "the public notice's period reaches "
                        + notice.calendarMissingFor() + ", whose official holiday calendar is not on file "
                        + "(holidays/" + notice.calendarMissingFor() + ".yaml), so its end cannot be computed");
            }
            facts = facts.withNotice(notice.lastDay(), noticePeriods.today());
        }
        policy.check(campaign.phase, request.to(), facts).ifPresent(refusal -> {
            throw new RuleConflictException(refusal.rule(), refusal.message());
        });
        CampaignTransition transition = new CampaignTransition();
        transition.campaignId = campaign.id;
        transition.fromPhase = campaign.phase;
        transition.toPhase = request.to();
        transition.reason = request.reason();
        transition.happenedAt = Instant.now(clock);
        campaigns.record(transition);
        campaign.phase = request.to();
        phaseChanged.fire(new CampaignPhaseChanged(campaign.id, transition.fromPhase, transition.toPhase));
        return view(campaign, facts);
    }

    @Transactional
    public List<CampaignView> list() {
        return campaigns.listNewestFirst().stream().map(this::view).toList();
    }

    @Transactional
    public Optional<CampaignView> find(long id) {
        return campaigns.findByIdOptional(id).map(this::view);
    }

    /**
     * What the secretariat's overview of a campaign shows, read in one transaction: the campaign, its phase
     * history and, from the formal review on, how far scoring is (else null).
     */
    public record Overview(CampaignView campaign, List<TransitionView> history, SheetProgress progress) {
    }

    @Transactional
    public Overview overview(long id) {
        Campaign campaign = require(id);
        SheetProgress progress = null;
        if (campaign.phase.compareTo(CampaignPhase.FORMAL_REVIEW) >= 0) {
            CampaignTally tally = new CampaignTally();
            contents.forEach(c -> c.progressInto(id, tally));
            progress = tally.progress();
        }
        return new Overview(view(campaign), campaigns.history(id).stream().map(TransitionView::of).toList(),
                progress);
    }

    /** What a page heading names: the campaign without its counts, read in one query. */
    public record Heading(long id, String name, CampaignPhase phase) {
    }

    @Transactional
    public Heading heading(long id) {
        Campaign campaign = require(id);
        return new Heading(campaign.id, campaign.name, campaign.phase);
    }

    @Transactional
    public List<TransitionView> history(long id) {
        require(id);
        return campaigns.history(id).stream().map(TransitionView::of).toList();
    }

    @Transactional
    public ScoringModelView frozenModel(long id) {
        return ScoringModelView.of(frozenModels.of(require(id)));
    }

    /** The model the campaign froze, for callers outside a transaction (the model is immutable). */
    @Transactional
    public ScoringModel model(long id) {
        return modelOf(require(id));
    }

    /** The campaign entity, or a 404. For services of other features working inside their transaction. */
    public Campaign require(long id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    /** The model the campaign froze. */
    public ScoringModel modelOf(Campaign campaign) {
        return frozenModels.of(campaign).model();
    }

    /** Refuses with 409 unless the campaign is in one of {@code allowed}; {@code action} says what was tried. */
    public static void requirePhase(Campaign campaign, Set<CampaignPhase> allowed, String action) {
        if (!allowed.contains(campaign.phase)) {
            throw new RuleConflictException("phase", "cannot " + action + " while the campaign is in phase "
                    + campaign.phase + "; allowed in " + allowed);
        }
    }

    private static void checkAggregation(AggregationSettings settings, ScoringModel model, FieldErrors errors) {
        AggregationMethod method = settings.method() == null ? AggregationMethod.MEAN : settings.method();
        int trim = settings.trimCount() == null ? 0 : settings.trimCount();
        if (method == AggregationMethod.TRIMMED_MEAN && trim < 1) {
            errors.add("aggregation.trimCount", "trim-count-needed",
                    "TRIMMED_MEAN needs trimCount of at least 1 (1 drops one highest and one lowest score)");
        }
        if (method != AggregationMethod.TRIMMED_MEAN && trim != 0) {
            errors.add("aggregation.trimCount", "trim-count-unused",
                    "trimCount applies only to TRIMMED_MEAN; leave it 0 for " + method);
        }
        List<String> steps = settings.tieBreakOrder() == null ? List.of() : settings.tieBreakOrder();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            String field = "aggregation.tieBreakOrder[" + i + "]";
            if (step == null || !seen.add(step)) {
                errors.add(field, "unique", "tie-break step '" + step + "' is empty or repeated");
            } else if (step.startsWith(AggregationSettings.CAPABILITY_STEP)) {
                String code = step.substring(AggregationSettings.CAPABILITY_STEP.length());
                if (model.capability(code).isEmpty()) {
                    errors.add(field, "known-capability", "capability '" + code + "' is not in model " + model.id()
                            + "; use one of " + model.capabilities().stream().map(c -> c.code()).toList());
                }
            } else if (!AggregationSettings.PLAIN_STEPS.contains(step)) {
                errors.add(field, "known-tie-break", "unknown tie-break step '" + step + "'; use CAPABILITY:<code> or one of "
                        + AggregationSettings.PLAIN_STEPS);
            }
        }
    }

    private static void checkConflictRules(List<org.craftrank.campaign.ConflictRule> rules, FieldErrors errors) {
        if (rules == null) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            if (rule == null || rule.alwaysOn()) {
                errors.add("optionalConflictRules[" + i + "]", "optional-rule", "optionalConflictRules[" + i + "]: "
                        + rule + " always applies; list only optional rules such as SAME_RECOMMENDING_UNIT");
            }
        }
    }

    private static void applyAggregation(Campaign campaign, AggregationSettings settings) {
        campaign.aggregationMethod = settings.method() == null ? AggregationMethod.MEAN : settings.method();
        campaign.trimCount = settings.trimCount() == null ? 0 : settings.trimCount();
        campaign.tieBreakOrder = String.join(",", settings.tieBreakOrder() == null ? List.of() : settings.tieBreakOrder());
        campaign.disagreementThreshold = settings.disagreementThreshold();
        campaign.leniencyMargin = settings.leniencyMargin();
    }

    private static AggregationSettings settingsOf(Campaign campaign) {
        return new AggregationSettings(campaign.aggregationMethod, campaign.trimCount,
                new ArrayList<>(campaign.tieBreakSteps()), ExactDecimals.plain(campaign.disagreementThreshold),
                ExactDecimals.plain(campaign.leniencyMargin));
    }

    private CampaignView view(Campaign campaign) {
        return view(campaign, facts(campaign));
    }

    private CampaignView view(Campaign campaign, CampaignFacts facts) {
        LoadedModel model = frozenModels.of(campaign);
        return new CampaignView(campaign.id, campaign.name, campaign.level, campaign.year, campaign.phase,
                campaign.phase.next().orElse(null),
                new CampaignView.FrozenModelRef(campaign.modelId, model.model().name(), campaign.modelFileName,
                        campaign.modelHash),
                settingsOf(campaign), campaign.shortlistSize, campaign.createdAt,
                new CampaignView.Counts(facts.unitCount(), facts.candidateCount(), facts.expertCount()),
                List.copyOf(campaign.optionalConflictRules()), new ScoringSettings(campaign.blindScoring),
                noticePeriods.of(campaign), campaign.version);
    }

    private static void applyNoticePeriod(Campaign campaign, PublicNoticeSettings settings) {
        campaign.noticePeriodLength = settings.length();
        campaign.noticePeriodUnit = settings.unit();
    }

    private static PublicNoticeSettings noticeSettingsOf(Campaign campaign) {
        return PublicNoticePeriods.settingsOf(campaign);
    }

    private CampaignFacts facts(Campaign campaign) {
        CampaignTally tally = new CampaignTally();
        contents.forEach(c -> c.countInto(campaign.id, tally));
        return tally.facts().withShortlistSize(campaign.shortlistSize != null && campaign.shortlistSize > 0);
    }
}
