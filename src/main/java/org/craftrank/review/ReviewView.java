package org.craftrank.review;

import org.craftrank.model.definition.RuleSeverity;
import org.craftrank.review.rules.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A candidate's formal review as the secretariat (or the candidate's unit) sees it.
 *
 * @param outcome  null when the candidate has not been reviewed
 * @param current  false when the candidate was corrected after the review (run it again)
 * @param admitted whether the candidate may enter scoring: reviewed, current, and passed (PASS or WARN) unless
 *                 overridden out, or failed and overridden in
 */
@Schema(name = "FormalReview")
public record ReviewView(long candidateId, String code, String name, long recommendingUnitId, String recommendingUnit,
                         Outcome outcome, List<FindingView> findings, boolean current, boolean admitted,
                         ReviewDecision decision, String decisionReason, String decidedBy, Instant decidedAt,
                         Instant reviewedAt) {

    @Schema(name = "ReviewFinding")
    public record FindingView(String rule, RuleSeverity severity, String message,
                              @Schema(description = "the notice's text the rule comes from") String basis) {
    }
}
