package org.craftrank.scoring.page;

import org.craftrank.model.definition.MaterialsSection;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.dossier.page.Evidence;
import org.craftrank.scoring.work.CandidateMaterials;
import org.craftrank.scoring.work.SheetState;

import java.time.Instant;
import java.util.List;

/**
 * Everything the score-sheet page shows: the candidate's materials (as the service redacted them), the
 * model's items grouped by capability with their explanations and evidence, the expert's scores (as stored, or as just typed when a save was
 * refused) with the errors beside them, and the sheet's state.
 *
 * @param editable     the expert may still change the sheet (draft, SCORING phase, no conflict)
 * @param version      the sheet's ETag, sent back with the form so a concurrent change is noticed (412)
 * @param errorSummary the fields to correct, in page order, linked from the top of the form
 * @param notice       a sentence above the form (a stale version, a phase that does not allow writing)
 * @param commentLimit the longest item comment the rules accept, for the form's {@code maxlength}
 * @param evidence     the candidate's dossier beside each item (none while a conflict is declared)
 */
public record SheetPage(CampaignHeader campaign, long candidateId, String code, CandidateMaterials materials,
                        List<MaterialsSection> outline, List<CapabilityBlock> capabilities, Scale scale,
                        SheetState state, boolean editable, String version, String overallComment,
                        String overallCommentError, Totals totals, Instant submittedAt, List<ErrorLink> errorSummary,
                        String notice, String conflictReason, String conflictError, int itemCount,
                        int commentLimit, int overallCommentLimit, int conflictReasonLimit, Instant reopenedAt,
                        String reopenReason, Next next, Evidence evidence) {

    /**
     * Where an expert goes after submitting: the next candidate still to score, or (when none is left) back to
     * the work list. Shown on a submitted sheet.
     *
     * @param href  the next sheet, or the work list when {@code label} is null
     * @param label the next candidate as the work list names it (code, and name unless scoring is blind)
     */
    public record Next(String href, String label) {
    }

    /** @param min lowest score, as written in the model (e.g. 0) */
    public record Scale(String min, String max, String step) {
    }

    /**
     * @param weightPercent the capability's share of the total, for people (20%)
     * @param total         the submitted sheet's capability score, or null
     */
    public record CapabilityBlock(String code, String name, String weightPercent, List<Item> items, String total) {
    }

    /**
     * @param weight         the item's share of the overall total, as a decimal for the running total script
     * @param withinWeight   the item's share of its capability, for the capability subtotal
     * @param weightPercent  the item's share of its capability, for people
     * @param value          the score as stored or as typed
     */
    public record Item(String code, String name, String description, String evidence, String weight,
                       String withinWeight, String weightPercent, String value, String comment, String error,
                       String commentError) {

        public String inputId() {
            return "score-" + code;
        }

        public String commentId() {
            return "comment-" + code;
        }
    }

    /** The submitted sheet's totals, rounded for display, and the exact overall fraction. */
    public record Totals(String overall, String overallExact) {
    }

    public record ErrorLink(String fieldId, String label, String message) {
    }
}
