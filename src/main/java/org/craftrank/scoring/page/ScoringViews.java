package org.craftrank.scoring.page;

import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.scoring.sheet.SheetRules;
import org.craftrank.scoring.work.AssignmentOverview;
import org.craftrank.web.NavLink;

import java.util.List;

/** What the secretariat's scoring pages show, one record per page. */
public final class ScoringViews {

    private ScoringViews() {
    }

    public record Progress(CampaignHeader campaign, List<NavLink> tabs, ProgressBoard board, String behindNames) {
    }

    public record Assignments(CampaignHeader campaign, List<NavLink> tabs, List<AssignmentOverview.Row> rows,
                              List<ExpertOption> experts, List<AssignmentOverview.DeclaredConflict> conflicts) {

        /** The longest reopen reason the rules accept, for the reopen form's {@code maxlength}. */
        public int reopenReasonLimit() {
            return SheetRules.MAX_REOPEN_REASON;
        }
    }

    public record ExpertOption(long id, String name, boolean selected) {
    }
}
