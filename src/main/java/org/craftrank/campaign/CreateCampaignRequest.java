package org.craftrank.campaign;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.craftrank.model.definition.CampaignLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a campaign from a scoring model, which the campaign freezes. */
@Schema(name = "CreateCampaignRequest")
public record CreateCampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull CampaignLevel level,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Schema(description = "id of a model in GET /api/scoring-models", examples = "national-2024")
        String modelId,
        @Valid @Schema(description = "defaults to MEAN with tie-break MEDIAN, HIGHER_RANKED_COUNT")
        AggregationSettings aggregation,
        @Positive @Schema(description = "number of candidates the shortlist (建议名单) keeps") Integer shortlistSize,
        @Schema(description = "optional conflict-of-interest rules to switch on, e.g. SAME_RECOMMENDING_UNIT")
        List<org.craftrank.campaign.ConflictRule> optionalConflictRules,
        @Schema(description = "how experts see candidates; defaults to blind = false")
        ScoringSettings scoring,
        @Valid @Schema(description = "the public notice's minimum length; defaults to 5 working days")
        PublicNoticeSettings publicNotice) {
}
