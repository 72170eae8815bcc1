package org.craftrank.campaign;

import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.model.definition.CampaignLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A campaign on the wire. */
@Schema(name = "Campaign")
public record CampaignView(long id, String name, CampaignLevel level, int year, CampaignPhase phase,
                           @Schema(description = "the phase the campaign can move to next, if any")
                           CampaignPhase nextPhase,
                           FrozenModelRef model, AggregationSettings aggregation, Integer shortlistSize,
                           Instant createdAt, Counts counts,
                           @Schema(description = "optional conflict rules switched on; SAME_EMPLOYER, "
                                   + "EXPERT_IS_REFEREE and DECLARED_CONFLICT always apply")
                           java.util.List<org.craftrank.campaign.ConflictRule> optionalConflictRules,
                           ScoringSettings scoring,
                           @Schema(description = "the public notice's minimum length and, once it is up, its dates")
                           PublicNoticeView publicNotice,
                           @Schema(description = "row version; sent as the ETag, send it back in If-Match")
                           long version) implements org.craftrank.common.version.Versioned {

    /** Which model the campaign froze, and the hash of the frozen text. */
    public record FrozenModelRef(String id, String name, String fileName, String contentHash) {
    }

    public record Counts(long units, long candidates, long experts) {
    }
}
