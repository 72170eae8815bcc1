package org.craftrank.scoring.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.common.FieldError;
import org.craftrank.common.NotFoundException;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.candidate.identity.IdentityRedaction;
import org.craftrank.model.definition.ExtraField;
import org.craftrank.model.definition.ScoreScale;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.assignment.AssignmentView;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.ScoreValue;
import org.craftrank.scoring.sheet.SheetRules;
import org.craftrank.scoring.sheet.SheetStatus;
import org.craftrank.scoring.sheet.SheetTotals;
import org.craftrank.scoring.sheet.SheetView;
import org.craftrank.web.PageLanguage;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Msg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.craftrank.web.TemplateFormats.plain;

/**
 * Reads what the expert pages show, each page in one transaction: the work list, the score sheet with the
 * candidate's materials and the frozen model's items, and the confirmation before submitting. Writes go
 * through {@link ScoreSheetService} and {@link ConflictService}, exactly as the JSON API's do.
 */
@ApplicationScoped
public class ExpertWorkbench {

    /** The same bound the sheet service enforces on item comments. */
    static final int MAX_COMMENT = 1000;
    static final int MAX_CONFLICT_REASON = 500;

    private final CampaignService campaigns;
    private final CandidateRepository candidates;
    private final ExpertRepository experts;
    private final AssignmentService assignments;
    private final ScoreSheetService sheets;
    private final ConflictService conflicts;
    private final RecommendingUnitRepository units;

    public ExpertWorkbench(CampaignService campaigns, CandidateRepository candidates, ExpertRepository experts,
                           AssignmentService assignments, ScoreSheetService sheets, ConflictService conflicts,
                           RecommendingUnitRepository units) {
        this.units = units;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.experts = experts;
        this.assignments = assignments;
        this.sheets = sheets;
        this.conflicts = conflicts;
    }

    /** What the form adds to the stored sheet when a save is refused: the typed values and why. */
    public record Overlay(ScoringForm.Read typed, List<FieldError> errors, String notice, String version,
                          String conflictReason, String conflictError) {

        public static final Overlay NONE = new Overlay(null, List.of(), null, null, null, null);
    }

    @Transactional
    public WorkList workList(long campaignId, long expertId, Msg msg) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = expert(campaignId, expertId);
        Map<Long, SheetStatus> statuses = sheets.statusesOf(campaignId, expertId);
        Set<Long> recused = new HashSet<>();
        conflicts.declarations(campaignId).stream().filter(d -> d.expertId.equals(expert.id))
                .forEach(d -> recused.add(d.candidateId));
        List<WorkList.Row> rows = new ArrayList<>();
        int submitted = 0;
        for (AssignmentView a : assignments.list(campaignId, expertId, null)) {
            Candidate c = candidates.findInCampaign(campaignId, a.candidateId()).orElseThrow();
            SheetStatus status = statuses.get(c.id);
            SheetState state = recused.contains(c.id) ? SheetState.CONFLICT
                    : status == null ? SheetState.NOT_STARTED
                    : status == SheetStatus.SUBMITTED ? SheetState.SUBMITTED : SheetState.DRAFT;
            if (state == SheetState.SUBMITTED) {
                submitted++;
            }
            // Blind scoring: the list names the candidate by code only.
            rows.add(new WorkList.Row(c.id, c.code, campaign.blindScoring ? null : c.name,
                    campaign.blindScoring ? null : c.employer, c.trade, c.group, state));
        }
        return new WorkList(CampaignHeader.of(campaign, msg), campaign.phase == CampaignPhase.SCORING,
                campaigns.modelOf(campaign).hasGroups(), rows, submitted, campaign.blindScoring);
    }

    /** The model's item codes, in model order: the fields the scoring form has. */
    @Transactional
    public List<String> itemCodes(long campaignId) {
        return campaigns.modelOf(campaigns.require(campaignId)).subIndicators().map(SubIndicator::code).toList();
    }

    /** The items a submission would still lack ({@code required} errors), judged by the sheet rules. */
    @Transactional
    public List<FieldError> missingForSubmission(long campaignId, SheetView sheet) {
        Map<String, ScoreValue> scores = new LinkedHashMap<>();
        sheet.items().forEach((code, item) -> {
            if (item.score() != null) {
                scores.put(code, ScoreValue.of(item.score()));
            }
        });
        return new SheetRules(campaigns.modelOf(campaigns.require(campaignId)))
                .check(scores, Map.of(), true, MAX_COMMENT);
    }

    @Transactional
    public SheetPage sheet(long campaignId, long expertId, long candidateId, Overlay overlay, PageLanguage language,
                           Msg msg, ExpertMsg texts) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = expert(campaignId, expertId);
        if (assignments.find(campaignId, expertId, candidateId).isEmpty()) {
            throw new NotFoundException("assigned candidate", candidateId);
        }
        Candidate candidate = candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        ScoringModel model = campaigns.modelOf(campaign);
        boolean conflicted = !conflicts.conflicts(campaign, expert, candidate).isEmpty();
        // Opening checks the conflict rules again and refuses; a conflicted expert sees the materials only.
        SheetView sheet = conflicted ? null : sheets.open(campaignId, expertId, candidateId);
        SheetState state = conflicted ? SheetState.CONFLICT
                : sheet.status() == SheetStatus.SUBMITTED ? SheetState.SUBMITTED
                : sheet.updatedAt() == null ? SheetState.NOT_STARTED : SheetState.DRAFT;
        boolean editable = (state == SheetState.DRAFT || state == SheetState.NOT_STARTED)
                && campaign.phase == CampaignPhase.SCORING;
        boolean english = language == PageLanguage.EN;
        ScoreScale scale = model.scale();
        SheetPage.Scale shownScale = new SheetPage.Scale(plain(scale.min()), plain(scale.max()), plain(scale.step()));
        Map<String, String> errors = SheetErrorTexts.of(overlay.errors(), texts, shownScale, MAX_COMMENT);

        List<SheetPage.CapabilityBlock> blocks = new ArrayList<>();
        List<SheetPage.ErrorLink> summary = new ArrayList<>();
        for (Capability capability : model.capabilities()) {
            List<SheetPage.Item> items = new ArrayList<>();
            for (SubIndicator s : capability.subIndicators()) {
                SheetView.Item stored = sheet == null ? null : sheet.items().get(s.code());
                String value;
                String comment;
                if (overlay.typed() != null) {
                    value = overlay.typed().entered().getOrDefault(s.code(), "");
                    comment = overlay.typed().comments().getOrDefault(s.code(), "");
                } else {
                    value = stored == null || stored.score() == null ? "" : ExactDecimals.plain(stored.score())
                            .toPlainString();
                    comment = stored == null || stored.comment() == null ? "" : stored.comment();
                }
                String name = english ? s.nameEn() : s.name();
                String error = errors.get("items." + s.code() + ".score");
                String commentError = errors.get("items." + s.code() + ".comment");
                if (error != null) {
                    summary.add(new SheetPage.ErrorLink("score-" + s.code(), s.code() + " " + name, error));
                }
                if (commentError != null) {
                    summary.add(new SheetPage.ErrorLink("comment-" + s.code(), s.code() + " " + name, commentError));
                }
                items.add(new SheetPage.Item(s.code(), name, s.description(), s.evidence(),
                        WeightLabels.decimal(capability.weight().value().multiply(s.weight().value())),
                        WeightLabels.decimal(s.weight().value()), WeightLabels.percent(s.weight().value()),
                        value, comment, error, commentError));
            }
            String total = sheet == null || sheet.totals() == null ? null
                    : points(sheet.totals().capabilities().get(capability.code()));
            blocks.add(new SheetPage.CapabilityBlock(capability.code(), english ? capability.nameEn() : capability.name(),
                    WeightLabels.percent(capability.weight().value()), items, total));
        }
        String overallError = errors.get("overallComment");
        if (overallError != null) {
            summary.add(new SheetPage.ErrorLink("overall-comment", texts.overall_comment(), overallError));
        }
        String overallComment = overlay.typed() != null ? nullToEmpty(overlay.typed().overallComment())
                : sheet == null ? "" : nullToEmpty(sheet.overallComment());
        SheetPage.Totals totals = sheet == null || sheet.totals() == null ? null
                : new SheetPage.Totals(points(sheet.totals().overall()), sheet.totals().overallExact());
        String notice = overlay.notice();
        if (notice == null && state != SheetState.CONFLICT && !editable && state != SheetState.SUBMITTED) {
            notice = texts.not_scoring_phase(CampaignHeader.phases(msg).of(campaign.phase));
        }
        String version = overlay.version() != null ? overlay.version() : sheet == null ? null : sheet.etag();
        return new SheetPage(CampaignHeader.of(campaign, msg), candidate.id, candidate.code, materials(candidate, model, campaign.blindScoring),
                model.materialsOutline(), blocks, shownScale, state, editable, version, overallComment, overallError, totals,
                sheet == null ? null : sheet.submittedAt(), summary, notice,
                nullToEmpty(overlay.conflictReason()), overlay.conflictError(), (int) model.subIndicators().count());
    }

    /** The saved draft for confirmation; empty when it is not complete or already submitted. */
    @Transactional
    public Optional<ConfirmPage> confirmation(long campaignId, long expertId, long candidateId, PageLanguage language,
                                              Msg msg) {
        Campaign campaign = campaigns.require(campaignId);
        SheetView sheet = sheets.open(campaignId, expertId, candidateId);
        if (sheet.status() != SheetStatus.DRAFT || !missingForSubmission(campaignId, sheet).isEmpty()) {
            return Optional.empty();
        }
        ScoringModel model = campaigns.modelOf(campaign);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        sheet.items().forEach((code, item) -> scores.put(code, item.score()));
        SheetTotals totals = SheetTotals.of(model, scores);
        boolean english = language == PageLanguage.EN;
        List<ConfirmPage.Capability> capabilities = model.capabilities().stream().map(c ->
                new ConfirmPage.Capability(english ? c.nameEn() : c.name(),
                        points(totals.capabilities().get(c.code())),
                        c.subIndicators().stream().map(s -> new ConfirmPage.Item(s.code(),
                                english ? s.nameEn() : s.name(), plain(scores.get(s.code())),
                                nullToEmpty(sheet.items().get(s.code()).comment()))).toList())).toList();
        return Optional.of(new ConfirmPage(CampaignHeader.of(campaign, msg), candidateId, sheet.candidateCode(), capabilities,
                points(totals.overall()), sheet.etag()));
    }

    private Expert expert(long campaignId, long expertId) {
        return experts.findInCampaign(campaignId, expertId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }


    /**
     * The nomination materials the expert reads. Under blind scoring the fields that name the person or the
     * organisations around them (name, recommending unit, employer, position — which often names the workshop —
     * and the referees' names and employers) are left out, and those words are blanked out where free texts
     * repeat them literally ({@link IdentityRedaction}). What the expert needs to judge the work (industry, trade,
     * titles, years, group, honours, awards, reasons, the model's extra counts) stays.
     */
    private SheetPage.Materials materials(Candidate c, ScoringModel model, boolean blind) {
        RecommendingUnit unit = units.findInCampaign(c.campaignId, c.unitId).orElse(null);
        List<SheetPage.Extra> extras = new ArrayList<>();
        for (ExtraField field : model.extraFields()) {
            String value = c.extraFields.get(field.code());
            if (value != null) {
                extras.add(new SheetPage.Extra(field.name(), value));
            }
        }
        if (!blind) {
            return new SheetPage.Materials(false, c.name, unit == null ? null : unit.name, c.employer, c.position,
                    c.industry, c.trade, c.title, c.skillLevel, c.shopFloorYears, c.group, c.honours, c.awards,
                    c.recommendationReason, c.oneLineReason, c.personalStatement,
                    c.referees.stream().map(r -> new SheetPage.Referee(r.name, r.employer, r.title)).toList(), extras);
        }
        List<String> identifying = new ArrayList<>(java.util.Arrays.asList(c.name, c.employer, c.groupCompany,
                c.employerAddress, unit == null ? null : unit.name));
        c.referees.forEach(r -> {
            identifying.add(r.name);
            identifying.add(r.employer);
        });
        IdentityRedaction redaction = IdentityRedaction.of(identifying);
        return new SheetPage.Materials(true, null, null, null, null, c.industry, c.trade, c.title, c.skillLevel,
                c.shopFloorYears, c.group, redaction.redact(c.honours), redaction.redact(c.awards),
                redaction.redact(c.recommendationReason), redaction.redact(c.oneLineReason),
                redaction.redact(c.personalStatement),
                c.referees.stream().map(r -> new SheetPage.Referee(null, null, redaction.redact(r.title))).toList(),
                extras);
    }

    private static String points(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String points(BigFraction value) {
        return value.bigDecimalValue(2, RoundingMode.HALF_EVEN).toPlainString();
    }


    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
