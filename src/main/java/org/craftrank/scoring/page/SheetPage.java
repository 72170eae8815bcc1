package org.craftrank.scoring.page;

import org.craftrank.model.definition.MaterialsSection;
import org.craftrank.campaign.page.CampaignHeader;

import java.time.Instant;
import java.util.List;

/**
 * Everything the score-sheet page shows: the candidate's materials, the model's items grouped by capability
 * with their explanations and evidence, the expert's scores (as stored, or as just typed when a save was
 * refused) with the errors beside them, and the sheet's state.
 *
 * @param editable     the expert may still change the sheet (draft, SCORING phase, no conflict)
 * @param version      the sheet's ETag, sent back with the form so a concurrent change is noticed (412)
 * @param errorSummary the fields to correct, in page order, linked from the top of the form
 * @param notice       a sentence above the form (a stale version, a phase that does not allow writing)
 */
public record SheetPage(CampaignHeader campaign, long candidateId, String code, Materials materials,
                        List<MaterialsSection> outline, List<CapabilityBlock> capabilities, Scale scale,
                        SheetState state, boolean editable, String version, String overallComment,
                        String overallCommentError, Totals totals, Instant submittedAt, List<ErrorLink> errorSummary,
                        String notice, String conflictReason, String conflictError, int itemCount) {

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

    /**
     * The candidate's nomination materials, without ID number or phone (the expert never needs them).
     *
     * @param blind the campaign scores blind: name, unit, employer, position and the referees' names and
     *              employers are null, and free texts have those words blanked out
     */
    public record Materials(boolean blind, String name, String recommendingUnit, String employer, String position, String industry,
                            String trade, String title, String skillLevel, Integer shopFloorYears, String group,
                            String honours, String awards, String recommendationReason, String oneLineReason,
                            String personalStatement, List<Referee> referees, List<Extra> extraFields) {
    }

    /** A referee; under blind scoring only the title is shown. */
    public record Referee(String name, String employer, String title) {
    }

    public record Extra(String name, String value) {
    }
}
