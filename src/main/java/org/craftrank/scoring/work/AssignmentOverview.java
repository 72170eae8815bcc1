package org.craftrank.scoring.work;

import org.craftrank.scoring.assignment.AssignmentView;

import java.time.Instant;
import java.util.List;

/**
 * What the secretariat's assignments screen reads: the assignments (of one expert, or all) sorted by expert and
 * candidate with whether each sheet is submitted, the panel, and the conflicts experts declared.
 */
public record AssignmentOverview(CampaignRef campaign, List<Row> rows, List<PanelExpert> experts,
                                 List<DeclaredConflict> conflicts) {

    /** An assignment and whether its sheet is submitted (and so may be reopened). */
    public record Row(AssignmentView assignment, boolean submitted) {
    }

    public record PanelExpert(long id, String name) {
    }

    /** @param expert the expert's name; @param candidateCode empty if the candidate is gone */
    public record DeclaredConflict(String expert, String candidateCode, String candidateName, String reason,
                                   Instant declaredAt) {
    }
}
