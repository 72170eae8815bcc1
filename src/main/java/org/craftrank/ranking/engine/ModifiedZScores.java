package org.craftrank.ranking.engine;

import java.util.Arrays;

/**
 * Modified z-scores of Iglewicz &amp; Hoaglin (1993), "How to Detect and Handle Outliers":
 * {@code M = 0.6745 (x − median) / MAD}, MAD being the median absolute deviation from the median; they recommend
 * treating {@code |M| > 3.5} as a potential outlier. Unlike the ordinary z-score, one wild value cannot inflate
 * the spread that is supposed to expose it.
 * <p>
 * When more than half the values are equal, MAD is 0 and the formula breaks down. Then the mean absolute deviation
 * from the median stands in, as {@code M = (x − median) / (1.253314 · meanAD)} — the usual fallback (documented,
 * e.g., for IBM SPSS's modified z-score): 1.253314 ≈ √(π/2) makes the mean absolute deviation estimate the SD of
 * normal data, just as 1/0.6745 does for MAD. When every value is equal there is no outlier and all M are 0.
 */
final class ModifiedZScores {

    static final double MAD_CONSISTENCY = 0.6745;
    static final double MEAN_ABSOLUTE_DEVIATION_CONSISTENCY = 1.253314;
    static final double OUTLIER_THRESHOLD = 3.5;

    private ModifiedZScores() {
    }

    static double[] of(double[] values) {
        double median = median(values);
        double[] absoluteDeviations = new double[values.length];
        double sumOfAbsoluteDeviations = 0;
        for (int i = 0; i < values.length; i++) {
            absoluteDeviations[i] = Math.abs(values[i] - median);
            sumOfAbsoluteDeviations += absoluteDeviations[i];
        }
        double mad = median(absoluteDeviations);
        double meanAbsoluteDeviation = sumOfAbsoluteDeviations / values.length;
        double[] scores = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double deviation = values[i] - median;
            if (mad > 0) {
                scores[i] = MAD_CONSISTENCY * deviation / mad;
            } else if (meanAbsoluteDeviation > 0) {
                scores[i] = deviation / (MEAN_ABSOLUTE_DEVIATION_CONSISTENCY * meanAbsoluteDeviation);
            } else {
                scores[i] = 0;
            }
        }
        return scores;
    }

    /**
     * The middle value, or for an even count the two middle values' midpoint written as commons-math's default
     * {@code Median} computes it ({@code lower + ½(upper − lower)}, so the digits match it), without its copy and
     * selection machinery per call.
     */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        double lower = sorted[n / 2 - 1];
        return lower + 0.5 * (sorted[n / 2] - lower);
    }
}
