package org.craftrank.shortlist.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: for an adoption (optional text) or a de-anonymisation (required). */
public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
}
