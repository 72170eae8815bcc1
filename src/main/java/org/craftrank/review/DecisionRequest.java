package org.craftrank.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Confirms or overrides a candidate's formal review result.
 *
 * @param reason required to override; kept with the result and in the audit log
 */
@Schema(name = "ReviewDecisionRequest")
public record DecisionRequest(@NotNull ReviewDecision decision, @Size(max = 500) String reason) {
}
