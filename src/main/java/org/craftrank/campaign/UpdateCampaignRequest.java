package org.craftrank.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes a campaign's settings; its level and model are fixed when it is opened. */
@Schema(name = "UpdateCampaignRequest")
public record UpdateCampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Valid AggregationSettings aggregation,
        @Positive Integer shortlistSize,
        @Schema(description = "optional conflict-of-interest rules to switch on; absent keeps the current ones")
        java.util.List<org.craftrank.campaign.ConflictRule> optionalConflictRules,
        @Schema(description = "how experts see candidates (scoring.blind); absent keeps the current setting")
        ScoringSettings scoring,
        @Valid @Schema(description = "the public notice's minimum length; absent keeps the current one")
        PublicNoticeSettings publicNotice) {
}
