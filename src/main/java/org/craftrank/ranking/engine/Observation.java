package org.craftrank.ranking.engine;

/**
 * One expert's value for one candidate on one measure.
 *
 * @param units  the exact value as a multiple of the table's common unit ({@link ScoreTable#denominator()}):
 *               exact sums, medians and comparisons are integer arithmetic
 * @param points the same value in points as a double, for the statistics (z-scores, t tests, agreement)
 */
record Observation(String expertId, String candidateId, long units, double points) {
}
