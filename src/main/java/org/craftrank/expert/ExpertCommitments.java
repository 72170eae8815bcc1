package org.craftrank.expert;

/**
 * Whether an expert has work in the campaign (assignments or declared conflicts), so removing the expert would lose
 * it. Scoring, which sits above the expert feature, answers.
 */
public interface ExpertCommitments {

    boolean hasWork(long expertId);
}
