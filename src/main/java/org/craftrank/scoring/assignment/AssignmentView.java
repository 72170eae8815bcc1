package org.craftrank.scoring.assignment;

import java.time.Instant;

/** An assignment as the secretariat sees it. */
public record AssignmentView(long id, long expertId, String expertName, long candidateId, String candidateCode,
                             String candidateName, Instant createdAt) {
}
