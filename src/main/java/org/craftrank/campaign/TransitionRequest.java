package org.craftrank.campaign;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftrank.campaign.phase.CampaignPhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks to move a campaign to another phase. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(@NotNull CampaignPhase to, @Size(max = 500) String reason) {
}
