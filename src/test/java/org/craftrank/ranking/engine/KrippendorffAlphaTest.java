package org.craftrank.ranking.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Reference data: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of Pennsylvania,
 * Annenberg School for Communication, Departmental Papers 43 — the example of 4 observers coding 12 units with
 * missing values, for which the paper reports α_interval = 0.849 (and R's irr::kripp.alpha documents the same data
 * as its "C" example).
 * <p>
 * By hand: unit 12 has a single value and is not pairable, leaving 11 units with N = 40 pairable values,
 * Σv = 100, Σv² = 306, so N·SS_total = NΣv² − (Σv)² = 12240 − 10000 = 2240. The within-unit terms
 * m_u·SS_u/(m_u − 1) are 0 except unit 2 (2, 2, 3, 2: 4·0.75/3 = 1), unit 6 (1, 2, 3, 4: 4·5/3 = 20/3) and unit 8
 * (1, 1, 2, 1: 1); they sum to 26/3. Then α = 1 − (N − 1)·(26/3)/2240 = 1 − 39·26/6720 = 951/1120 = 0.8491071429.
 */
class KrippendorffAlphaTest {

    static final Double[][] KRIPPENDORFF_2011 = {
            // unit:  1     2  3  4  5  6  7  8  9    10    11    12
            /* A */ {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, null, null, null},
            /* B */ {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, null, 3.0},
            /* C */ {null, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, null},
            /* D */ {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, null}};

    static List<double[]> units(Double[][] coderByUnit) {
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < coderByUnit[0].length; u++) {
            List<Double> values = new ArrayList<>();
            for (Double[] coder : coderByUnit) {
                if (coder[u] != null) {
                    values.add(coder[u]);
                }
            }
            units.add(values.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return units;
    }

    @Test
    void reproducesKrippendorffs2011IntervalExample() {
        double alpha = KrippendorffAlpha.interval(units(KRIPPENDORFF_2011)).orElseThrow();

        assertEquals(951.0 / 1120, alpha, 1e-12);
        assertEquals(0.849, alpha, 0.0005, "as published");
    }

    @Test
    void perfectAgreementIsOne() {
        assertEquals(1.0, KrippendorffAlpha.interval(List.of(new double[] {1, 1}, new double[] {3, 3, 3}))
                .orElseThrow(), 1e-12);
    }

    @Test
    void withoutVariationOrWithoutPairsItIsUndefined() {
        assertFalse(KrippendorffAlpha.interval(List.of(new double[] {2, 2}, new double[] {2, 2})).isPresent());
        assertFalse(KrippendorffAlpha.interval(List.of(new double[] {1}, new double[] {5})).isPresent());
    }
}
