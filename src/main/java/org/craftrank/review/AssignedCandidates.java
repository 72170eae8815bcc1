package org.craftrank.review;

/**
 * Whether experts are assigned to a candidate. The review asks before keeping a candidate out of scoring; scoring,
 * which sits above the review, answers (an interface so the review needs no scoring import).
 */
public interface AssignedCandidates {

    boolean isAssigned(long campaignId, long candidateId);
}
