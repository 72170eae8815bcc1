package org.craftrank.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Confirms or overrides a candidate's formal review result.
 *
 * @param reason required to override; kept with the result and in the audit log
 */
public record ReviewDecisionRequest(@NotNull ReviewDecision decision, @Size(max = 500) String reason) {
}
