package org.craftrank.campaign;

import org.craftrank.campaign.phase.CampaignPhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Transition")
public record TransitionView(CampaignPhase from, CampaignPhase to, String reason, Instant at) {

    static TransitionView of(CampaignTransition t) {
        return new TransitionView(t.fromPhase, t.toPhase, t.reason, t.happenedAt);
    }
}
