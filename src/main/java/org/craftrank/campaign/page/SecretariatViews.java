package org.craftrank.campaign.page;

import org.craftrank.campaign.SheetProgress;
import org.craftrank.web.NavLink;

import java.time.Instant;
import java.util.List;

/** What the secretariat pages show, one record per page. */
public final class SecretariatViews {

    private SecretariatViews() {
    }

    public record CampaignRow(long id, String name, String level, int year, String phase, long units,
                              long candidates, long experts) {
    }

    /**
     * @param nextPhase      the phase the campaign can move to, or null at the end
     * @param progress       scoring progress, from the formal review on (else null)
     * @param transitionError why the last attempt to move on was refused, or null
     */
    public record Overview(CampaignHeader campaign, List<NavLink> tabs, String level, int year, String model,
                           long units, long candidates, long experts, String nextStep, SheetProgress progress,
                           String nextPhase, String nextPhaseLabel, List<History> history, String transitionError,
                           String transitionReason) {
    }

    public record History(String from, String to, String reason, Instant at) {
    }
}
