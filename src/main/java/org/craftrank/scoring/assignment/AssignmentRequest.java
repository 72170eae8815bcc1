package org.craftrank.scoring.assignment;

import jakarta.validation.constraints.NotNull;

public record AssignmentRequest(@NotNull Long expertId, @NotNull Long candidateId) {
}
