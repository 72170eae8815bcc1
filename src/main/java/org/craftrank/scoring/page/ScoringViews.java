package org.craftrank.scoring.page;

import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.scoring.assignment.AssignmentView;
import org.craftrank.web.NavLink;

import java.time.Instant;
import java.util.List;

/** What the secretariat's scoring pages show, one record per page. */
public final class ScoringViews {

    private ScoringViews() {
    }

    public record Progress(CampaignHeader campaign, List<NavLink> tabs, ProgressBoard board, String behindNames) {
    }

    public record Assignments(CampaignHeader campaign, List<NavLink> tabs, List<AssignmentRow> rows,
                              List<ExpertOption> experts, List<Conflict> conflicts) {
    }

    /** An assignment and whether its sheet is submitted (and so may be reopened). */
    public record AssignmentRow(AssignmentView assignment, boolean submitted) {
    }

    public record ExpertOption(long id, String name, boolean selected) {
    }

    public record Conflict(String expert, String candidateCode, String candidateName, String reason,
                           Instant declaredAt) {
    }
}
