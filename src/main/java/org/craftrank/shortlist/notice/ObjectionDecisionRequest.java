package org.craftrank.shortlist.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftrank.shortlist.Objection;

/** The outcome of an objection: DISMISSED keeps the candidate, WITHDRAWN takes them off and re-solves the list. */
public record ObjectionDecisionRequest(@NotNull Objection.Outcome outcome, @NotBlank @Size(max = 2000) String reason) {
}
