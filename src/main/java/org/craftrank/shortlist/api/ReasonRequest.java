package org.craftrank.shortlist.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: the decision note of an adoption or the reason for a de-anonymisation, required for both. */
public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
}
