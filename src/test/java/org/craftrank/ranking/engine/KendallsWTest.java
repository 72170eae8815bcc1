package org.craftrank.ranking.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Hand-computed cases for W = 12S / (m²(n³ − n) − mΣT). Ranks are ascending (1 = lowest score); W does not depend
 * on the direction.
 */
class KendallsWTest {

    /**
     * m = 3 experts, n = 4 candidates, no ties.
     * <pre>
     *          c1  c2  c3  c4          ranks
     *   E1     90  80  70  60          4  3  2  1
     *   E2     85  88  70  65          3  4  2  1
     *   E3     70  75  80  60          2  3  4  1
     *   R_j                            9 10  8  3    mean m(n+1)/2 = 7.5
     * </pre>
     * S = 1.5² + 2.5² + 0.5² + 4.5² = 29; W = 12·29 / (9·60) = 348/540 = 29/45 = 0.6444444444;
     * χ² = m(n − 1)W = 9·29/45 = 5.8 on 3 df, p = 0.1217566197 (upper tail).
     */
    static final double[][] NO_TIES = {{90, 80, 70, 60}, {85, 88, 70, 65}, {70, 75, 80, 60}};

    /**
     * The same panel with ties: E1 gives c2 and c3 80 (ranks 2.5 each, T = 2³ − 2 = 6); E3 gives c1–c3 70 (rank 3
     * each, T = 3³ − 3 = 24).
     * <pre>
     *          c1  c2  c3  c4          ranks
     *   E1     90  80  80  60          4    2.5  2.5  1
     *   E2     85  88  70  65          3    4    2    1
     *   E3     70  70  70  60          3    3    3    1
     *   R_j                            10   9.5  7.5  3
     * </pre>
     * S = 2.5² + 2² + 0² + 4.5² = 30.5; ΣT = 30; W = 12·30.5 / (9·60 − 3·30) = 366/450 = 61/75 = 0.8133333333
     * (without the correction it would be 366/540 = 0.6778); χ² = 9·61/75 = 7.32 on 3 df, p = 0.0623683399.
     */
    static final double[][] WITH_TIES = {{90, 80, 80, 60}, {85, 88, 70, 65}, {70, 70, 70, 60}};

    @Test
    void withoutTies() {
        KendallsW w = KendallsW.compute(NO_TIES).orElseThrow();

        assertEquals(29.0 / 45, w.w(), 1e-12);
        assertEquals(5.8, w.chiSquare(), 1e-12);
        assertEquals(3, w.degreesOfFreedom());
        assertEquals(0.1217566197, w.pValue(), 1e-9);
        assertEquals(3, w.raters());
        assertEquals(4, w.items());
    }

    @Test
    void tiesAreCorrected() {
        KendallsW w = KendallsW.compute(WITH_TIES).orElseThrow();

        assertEquals(61.0 / 75, w.w(), 1e-12);
        assertEquals(7.32, w.chiSquare(), 1e-12);
        assertEquals(0.0623683399, w.pValue(), 1e-9);
    }

    @Test
    void identicalRankingsGiveOne() {
        assertEquals(1.0, KendallsW.compute(new double[][] {{3, 2, 1}, {30, 20, 10}}).orElseThrow().w(), 1e-12);
    }

    @Test
    void expertsWhoTieEverythingLeaveWUndefined() {
        assertFalse(KendallsW.compute(new double[][] {{5, 5, 5}, {7, 7, 7}}).isPresent());
    }
}
