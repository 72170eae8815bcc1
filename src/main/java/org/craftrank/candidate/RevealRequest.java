package org.craftrank.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason why the full numbers are needed; kept in the audit log */
public record RevealRequest(@NotBlank @Size(max = 500) String reason) {
}
