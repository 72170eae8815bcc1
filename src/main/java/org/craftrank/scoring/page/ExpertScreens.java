package org.craftrank.scoring.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.common.FieldError;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.access.Caller;
import org.craftrank.dossier.page.DossierScreens;
import org.craftrank.dossier.page.Evidence;
import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.model.definition.ScoreScale;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.scoring.conflict.ConflictDeclaration;
import org.craftrank.scoring.sheet.SheetRules;
import org.craftrank.scoring.sheet.SheetTotals;
import org.craftrank.scoring.sheet.SheetView;
import org.craftrank.scoring.work.CampaignRef;
import org.craftrank.scoring.work.ExpertConfirmation;
import org.craftrank.scoring.work.ExpertSheet;
import org.craftrank.scoring.work.ExpertWork;
import org.craftrank.scoring.work.ExpertWorkService;
import org.craftrank.scoring.work.SheetState;
import org.craftrank.web.Msg;
import org.craftrank.web.PageLanguage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.craftrank.web.TemplateFormats.plain;

/**
 * Assembles what the expert pages show from the read models of {@link ExpertWorkService}: labels in the page's
 * language, error sentences beside their fields, scores and totals formatted for people. What the expert may see
 * (the blind-scoring redaction) and the states are decided by the service, not here.
 */
@ApplicationScoped
public class ExpertScreens {

    private final ExpertWorkService work;
    private final DossierScreens dossiers;

    public ExpertScreens(ExpertWorkService work, DossierScreens dossiers) {
        this.work = work;
        this.dossiers = dossiers;
    }

    /** What the form adds to the stored sheet when a save is refused: the typed values and why. */
    public record Overlay(ScoringForm.Read typed, List<FieldError> errors, String notice, String version,
                          String conflictReason, String conflictError) {

        public static final Overlay NONE = new Overlay(null, List.of(), null, null, null, null);
    }

    public WorkList workList(long campaignId, long expertId, Msg msg) {
        ExpertWork list = work.work(campaignId, expertId);
        return new WorkList(header(list.campaign(), msg), list.scoringOpen(), list.hasGroups(), list.rows(),
                list.submitted(), list.blind());
    }

    public SheetPage sheet(long campaignId, long expertId, long candidateId, Overlay overlay, PageLanguage language,
                           Msg msg, ExpertMsg texts, Caller caller) {
        ExpertSheet read = work.sheet(campaignId, expertId, candidateId);
        ScoringModel model = read.model();
        SheetView sheet = read.sheet();
        SheetState state = read.state();
        boolean editable = read.editable();
        boolean english = language == PageLanguage.EN;
        ScoreScale scale = model.scale();
        SheetPage.Scale shownScale = new SheetPage.Scale(plain(scale.min()), plain(scale.max()), plain(scale.step()));
        Map<String, String> errors = SheetErrorWording.of(overlay.errors(), texts, shownScale);

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
            notice = texts.not_scoring_phase(CampaignHeader.phases(msg).of(read.campaign().phase()));
        }
        String version = overlay.version() != null ? overlay.version() : sheet == null ? null : sheet.etag();
        return new SheetPage(header(read.campaign(), msg), read.candidateId(), read.code(), read.materials(),
                model.materialsOutline(), blocks, shownScale, state, editable, version, overallComment, overallError,
                totals, sheet == null ? null : sheet.submittedAt(), summary, notice,
                nullToEmpty(overlay.conflictReason()), overlay.conflictError(), (int) model.subIndicators().count(),
                SheetRules.MAX_ITEM_COMMENT, SheetRules.MAX_OVERALL_COMMENT, ConflictDeclaration.MAX_REASON,
                sheet == null || sheet.reopened() == null ? null : sheet.reopened().at(),
                sheet == null || sheet.reopened() == null ? null : sheet.reopened().reason(),
                state == SheetState.SUBMITTED ? next(campaignId, read.next()) : null,
                evidence(campaignId, candidateId, caller, state, model));
    }

    /**
     * The dossier beside the form, read as the expert (the dossier's own access rule: assigned and not withdrawn by
     * a declared conflict). A sheet closed by a conflict shows none.
     */
    private Evidence evidence(long campaignId, long candidateId, Caller caller, SheetState state, ScoringModel model) {
        if (state == SheetState.CONFLICT) {
            return Evidence.NONE;
        }
        try {
            return dossiers.evidence(campaignId, candidateId, caller, model);
        } catch (NotFoundException e) {
            return Evidence.NONE;
        }
    }

    private static SheetPage.Next next(long campaignId, ExpertSheet.NextCandidate next) {
        String list = "/expert/campaigns/" + campaignId;
        return next == null ? new SheetPage.Next(list, null)
                : new SheetPage.Next(list + "/candidates/" + next.candidateId(),
                next.name() == null ? next.code() : next.code() + " " + next.name());
    }

    /** The saved draft for confirmation; empty when it is not complete or already submitted. */
    public Optional<ConfirmPage> confirmation(long campaignId, long expertId, long candidateId, PageLanguage language,
                                              Msg msg) {
        return work.confirmation(campaignId, expertId, candidateId).map(read -> confirmPage(read, language, msg));
    }

    private static ConfirmPage confirmPage(ExpertConfirmation read, PageLanguage language, Msg msg) {
        SheetView sheet = read.sheet();
        SheetTotals totals = read.totals();
        boolean english = language == PageLanguage.EN;
        List<ConfirmPage.Capability> capabilities = read.model().capabilities().stream().map(c ->
                new ConfirmPage.Capability(english ? c.nameEn() : c.name(),
                        points(totals.capabilities().get(c.code())),
                        c.subIndicators().stream().map(s -> new ConfirmPage.Item(s.code(),
                                english ? s.nameEn() : s.name(), plain(sheet.items().get(s.code()).score()),
                                nullToEmpty(sheet.items().get(s.code()).comment()))).toList())).toList();
        return new ConfirmPage(header(read.campaign(), msg), sheet.candidateId(), sheet.candidateCode(), capabilities,
                points(totals.overall()), sheet.etag());
    }

    /** The heading of a scoring screen's campaign, its phase named in the page's language. */
    static CampaignHeader header(CampaignRef campaign, Msg msg) {
        return new CampaignHeader(campaign.id(), campaign.name(), campaign.phase(),
                CampaignHeader.phases(msg).of(campaign.phase()));
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
