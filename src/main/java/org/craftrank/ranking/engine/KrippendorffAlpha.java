package org.craftrank.ranking.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha with the interval metric (squared difference), following Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania, ASC papers 43. Works with missing
 * values, so it suits designs where not every expert scores every candidate:
 * <pre>
 *   α = 1 − D_o / D_e
 *   D_o = (1/N) Σ_u 1/(m_u − 1) Σ_{i≠j in u} (v_i − v_j)²    observed disagreement within units
 *   D_e = 1/(N(N − 1)) Σ_{i≠j over all} (v_i − v_j)²          expected disagreement across all pairable values
 * </pre>
 * where only units with m_u ≥ 2 values count ("pairable") and N is the number of pairable values. Using
 * {@code Σ_{i≠j}(v_i − v_j)² = 2m Σ(v − mean)²}, this is computed from centred sums of squares, without
 * the pairwise loops and without the cancellation of Σv² − (Σv)².
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * @param units each unit's values (one per coder who coded it; missing values simply absent)
     * @return empty when fewer than two pairable values exist or all pairable values are equal
     */
    static OptionalDouble interval(List<double[]> units) {
        int pairable = 0;
        double sum = 0;
        double observed = 0;
        for (double[] unit : units) {
            if (unit.length < 2) {
                continue;
            }
            pairable += unit.length;
            double unitMean = 0;
            for (double v : unit) {
                sum += v;
                unitMean += v / unit.length;
            }
            double squares = 0;
            for (double v : unit) {
                squares += (v - unitMean) * (v - unitMean);
            }
            observed += unit.length * squares / (unit.length - 1);
        }
        if (pairable < 2) {
            return OptionalDouble.empty();
        }
        double mean = sum / pairable;
        double total = 0;
        for (double[] unit : units) {
            if (unit.length >= 2) {
                for (double v : unit) {
                    total += (v - mean) * (v - mean);
                }
            }
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        // α = 1 − (N − 1) Σ_u [m_u SS_u / (m_u − 1)] / (N · SS_total); the factor 2 cancels.
        return OptionalDouble.of(1 - (pairable - 1) * observed / (pairable * total));
    }
}
