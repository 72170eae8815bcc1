package org.craftrank.ranking.engine;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kendall's coefficient of concordance W for m raters each ranking the same n items (complete blocks), with the
 * correction for ties (Kendall &amp; Babington Smith 1939; Siegel &amp; Castellan 1988, §9.4):
 * <pre>
 *   W = 12 S / (m²(n³ − n) − m Σ T_i)
 *   S = Σ_j (R_j − m(n + 1)/2)²
 *   T_i = Σ over the tie groups of rater i of (t³ − t)
 * </pre>
 * with R_j the sum of item j's ranks (average ranks for ties). Significance: {@code χ² = m(n − 1)W} on n − 1
 * degrees of freedom, p from commons-math's chi-square distribution.
 *
 * @param w                coefficient, 0 (no agreement) … 1 (identical rankings)
 * @param chiSquare        m(n − 1)W
 * @param degreesOfFreedom n − 1
 * @param pValue           upper tail probability of {@code chiSquare}
 * @param raters           m
 * @param items            n
 */
public record KendallsW(double w, double chiSquare, int degreesOfFreedom, double pValue, int raters, int items) {

    /**
     * @param scoresByRater {@code scoresByRater[i][j]} is rater i's score for item j; every rater scores every item
     * @return empty when W is undefined: every rater gave every item the same score
     */
    public static Optional<KendallsW> compute(double[][] scoresByRater) {
        int m = scoresByRater.length;
        if (m < 2) {
            throw new IllegalArgumentException("Kendall's W needs at least 2 raters, has " + m);
        }
        int n = scoresByRater[0].length;
        if (n < 2) {
            throw new IllegalArgumentException("Kendall's W needs at least 2 items, has " + n);
        }
        NaturalRanking averageRanks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[] rankSums = new double[n];
        double tieCorrection = 0;
        for (double[] scores : scoresByRater) {
            if (scores.length != n) {
                throw new IllegalArgumentException("every rater must score all " + n + " items");
            }
            double[] ranks = averageRanks.rank(scores);
            for (int j = 0; j < n; j++) {
                rankSums[j] += ranks[j];
            }
            tieCorrection += tieTerm(scores);
        }
        double meanRankSum = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSums) {
            s += (r - meanRankSum) * (r - meanRankSum);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * tieCorrection;
        if (denominator <= 0) {
            return Optional.empty();
        }
        double w = 12 * s / denominator;
        double chiSquare = m * (n - 1) * w;
        double p = 1 - new ChiSquaredDistribution(n - 1).cumulativeProbability(chiSquare);
        return Optional.of(new KendallsW(w, chiSquare, n - 1, p, m, n));
    }

    /** Σ (t³ − t) over the groups of equal scores of one rater. */
    private static double tieTerm(double[] scores) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }
}
