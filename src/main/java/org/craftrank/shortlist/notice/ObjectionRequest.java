package org.craftrank.shortlist.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An objection received during the notice, against the candidate with this code. */
public record ObjectionRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 2000) String summary) {
}
