package org.craftrank.ranking.engine;

import org.apache.commons.math3.distribution.FDistribution;

import java.util.List;

/**
 * Computes the six intraclass correlations of Shrout &amp; Fleiss (1979) from the two-way ANOVA of a complete
 * targets × judges table, with the confidence intervals given there (and restated, with corrections, by McGraw
 * &amp; Wong 1996, "Forming inferences about some intraclass correlation coefficients", Psychological Methods 1).
 * With n targets, k judges and the mean squares BMS (between targets), WMS (within targets), JMS (between
 * judges) and EMS (residual):
 * <pre>
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k−1) WMS)            ICC(1,k) = (BMS − WMS) / BMS
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k−1) EMS + k (JMS − EMS) / n)
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k−1) EMS)            ICC(3,k) = (BMS − EMS) / BMS
 * </pre>
 * Intervals for forms 1 and 3 come from the F ratio BMS/WMS resp. BMS/EMS and the F quantiles on (n−1, n(k−1))
 * resp. (n−1, (n−1)(k−1)) degrees of freedom; form 2 uses Satterthwaite's approximate degrees of freedom, and its
 * average-measure bounds are the single-measure bounds stepped up by Spearman–Brown — as Shrout &amp; Fleiss do,
 * and as R's {@code psych::ICC} reports them. Quantiles come from commons-math's F distribution.
 */
final class IntraclassCorrelations {

    static final double CONFIDENCE = 0.95;
    /** Tighter than commons-math's default 1e-9, so the bounds are right well past the fourth decimal. */
    private static final double QUANTILE_ACCURACY = 1e-14;

    /** The two-way ANOVA mean squares of a complete table. */
    record MeanSquares(int targetCount, int judgeCount, double betweenTargets, double withinTargets,
                       double betweenJudges, double residual) {
    }

    private IntraclassCorrelations() {
    }

    /**
     * @param ratings {@code ratings[i][j]} is judge j's rating of target i; complete, at least 2 × 2
     */
    static MeanSquares meanSquares(double[][] ratings) {
        int n = ratings.length;
        int k = ratings[0].length;
        if (n < 2 || k < 2) {
            throw new IllegalArgumentException("ICCs need at least 2 targets and 2 judges, have " + n + " × " + k);
        }
        double grand = 0;
        double[] targetMeans = new double[n];
        double[] judgeMeans = new double[k];
        for (int i = 0; i < n; i++) {
            if (ratings[i].length != k) {
                throw new IllegalArgumentException("every judge must rate every target");
            }
            for (int j = 0; j < k; j++) {
                targetMeans[i] += ratings[i][j] / k;
                judgeMeans[j] += ratings[i][j] / n;
                grand += ratings[i][j] / ((double) n * k);
            }
        }
        // Sums of squares from centred values rather than Σx² − (Σx)²/N, which cancels badly for totals near 80.
        double betweenTargets = 0;
        for (double m : targetMeans) {
            betweenTargets += k * (m - grand) * (m - grand);
        }
        double betweenJudges = 0;
        for (double m : judgeMeans) {
            betweenJudges += n * (m - grand) * (m - grand);
        }
        double withinTargets = 0;
        double residual = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double fromTargetMean = ratings[i][j] - targetMeans[i];
                withinTargets += fromTargetMean * fromTargetMean;
                double interaction = fromTargetMean - judgeMeans[j] + grand;
                residual += interaction * interaction;
            }
        }
        return new MeanSquares(n, k, betweenTargets / (n - 1), withinTargets / (n * (k - 1.0)),
                betweenJudges / (k - 1), residual / ((n - 1.0) * (k - 1)));
    }

    /** The six forms, in the order of {@link IccForm}. */
    static List<IntraclassCorrelation> compute(double[][] ratings) {
        MeanSquares ms = meanSquares(ratings);
        int n = ms.targetCount();
        int k = ms.judgeCount();
        double bms = ms.betweenTargets();
        double wms = ms.withinTargets();
        double jms = ms.betweenJudges();
        double ems = ms.residual();
        double alpha = 1 - CONFIDENCE;

        // Form 1: one-way model, F = BMS / WMS on (n−1, n(k−1)).
        int df1 = n - 1;
        int dfWithin = n * (k - 1);
        double f1 = bms / wms;
        double f1Lower = f1 / quantile(1 - alpha / 2, df1, dfWithin);
        double f1Upper = f1 * quantile(1 - alpha / 2, dfWithin, df1);
        double p1 = upperTail(f1, df1, dfWithin);

        // Form 3: two-way mixed model, F = BMS / EMS on (n−1, (n−1)(k−1)).
        int dfError = (n - 1) * (k - 1);
        double f3 = bms / ems;
        double f3Lower = f3 / quantile(1 - alpha / 2, df1, dfError);
        double f3Upper = f3 * quantile(1 - alpha / 2, dfError, df1);
        double p3 = upperTail(f3, df1, dfError);

        // Form 2: two-way random model; its F test is form 3's, its interval uses Satterthwaite's df.
        double icc21 = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
        double[] interval21 = form2Interval(icc21, n, k, bms, jms, ems, alpha);

        return List.of(
                correlation(IccForm.ICC_1_1, (bms - wms) / (bms + (k - 1) * wms), f1, df1, dfWithin, p1,
                        (f1Lower - 1) / (f1Lower + k - 1), (f1Upper - 1) / (f1Upper + k - 1)),
                correlation(IccForm.ICC_2_1, icc21, f3, df1, dfError, p3, interval21[0], interval21[1]),
                correlation(IccForm.ICC_3_1, (bms - ems) / (bms + (k - 1) * ems), f3, df1, dfError, p3,
                        (f3Lower - 1) / (f3Lower + k - 1), (f3Upper - 1) / (f3Upper + k - 1)),
                correlation(IccForm.ICC_1_K, (bms - wms) / bms, f1, df1, dfWithin, p1,
                        1 - 1 / f1Lower, 1 - 1 / f1Upper),
                correlation(IccForm.ICC_2_K, (bms - ems) / (bms + (jms - ems) / n), f3, df1, dfError, p3,
                        spearmanBrown(interval21[0], k), spearmanBrown(interval21[1], k)),
                correlation(IccForm.ICC_3_K, (bms - ems) / bms, f3, df1, dfError, p3,
                        1 - 1 / f3Lower, 1 - 1 / f3Upper));
    }

    /** Shrout &amp; Fleiss (1979), eq. 11 ff.: bounds for ICC(2,1) with Satterthwaite's degrees of freedom. */
    private static double[] form2Interval(double icc, int n, int k, double bms, double jms, double ems, double alpha) {
        double a = k * icc / (n * (1 - icc));
        double b = 1 + k * icc * (n - 1) / (n * (1 - icc));
        double v = Math.pow(a * jms + b * ems, 2)
                / (Math.pow(a * jms, 2) / (k - 1) + Math.pow(b * ems, 2) / ((n - 1.0) * (k - 1)));
        if (!Double.isFinite(v) || v <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double fStar = quantile(1 - alpha / 2, n - 1, v);
        double fStarStar = quantile(1 - alpha / 2, v, n - 1);
        double weighted = k * jms + (k * n - k - n) * ems;
        double lower = n * (bms - fStar * ems) / (fStar * weighted + n * bms);
        double upper = n * (fStarStar * bms - ems) / (weighted + n * fStarStar * bms);
        return new double[] {lower, upper};
    }

    private static double spearmanBrown(double single, int k) {
        return k * single / (1 + (k - 1) * single);
    }

    private static double quantile(double probability, double numeratorDf, double denominatorDf) {
        return new FDistribution(numeratorDf, denominatorDf, QUANTILE_ACCURACY)
                .inverseCumulativeProbability(probability);
    }

    private static double upperTail(double f, int numeratorDf, int denominatorDf) {
        if (!Double.isFinite(f)) {
            return Double.NaN;
        }
        return 1 - new FDistribution(numeratorDf, denominatorDf).cumulativeProbability(f);
    }

    private static IntraclassCorrelation correlation(IccForm form, double value, double f, int df1, int df2,
                                                     double p, double lower, double upper) {
        return new IntraclassCorrelation(form, finiteOrNull(value), finiteOrNull(f), df1, df2, finiteOrNull(p),
                finiteOrNull(lower), finiteOrNull(upper));
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
