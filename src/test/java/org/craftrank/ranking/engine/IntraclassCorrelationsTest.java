package org.craftrank.ranking.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference data: Shrout, P. E. &amp; Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
 * reliability. Psychological Bulletin 86(2), 420–428, Table 2 — 6 targets rated by 4 judges. The paper reports
 * ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,k) = .44, ICC(2,k) = .62, ICC(3,k) = .91 (the same values
 * R's psych::ICC documents for this data set).
 * <p>
 * Exact values, by hand. Row (target) sums 24, 12, 26, 16, 30, 19; column (judge) sums 46, 15, 26, 40; grand total
 * 127 over N = 24; Σx² = 841; correction C = 127²/24 = 16129/24.
 * <pre>
 *   SS total   = 841 − 16129/24                    = 4055/24
 *   SS targets = (24² + 12² + … + 19²)/4 − C = 2913/4 − C = 1349/24   BMS = 1349/120 = 11.241666…
 *   SS judges  = (46² + 15² + 26² + 40²)/6 − C = 4617/6 − C = 2339/24  JMS = 2339/72  = 32.486111…
 *   SS within  = SS total − SS targets             = 451/4     WMS = (451/4)/18 = 451/72 = 6.263888…
 *   SS error   = SS within − SS judges             = 367/24    EMS = (367/24)/15 = 367/360 = 1.019444…
 * </pre>
 * Substituting (n = 6, k = 4):
 * <pre>
 *   ICC(1,1) = (BMS − WMS)/(BMS + 3 WMS)                 = 448/2703  = 0.1657417684
 *   ICC(2,1) = (BMS − EMS)/(BMS + 3 EMS + 4(JMS − EMS)/6) = 184/635   = 0.2897637795
 *   ICC(3,1) = (BMS − EMS)/(BMS + 3 EMS)                 = 920/1287  = 0.7148407148
 *   ICC(1,k) = (BMS − WMS)/BMS                           = 1792/4047 = 0.4427971337
 *   ICC(2,k) = (BMS − EMS)/(BMS + (JMS − EMS)/6)          = 736/1187  = 0.6200505476
 *   ICC(3,k) = (BMS − EMS)/BMS                           = 3680/4047 = 0.9093155424
 * </pre>
 * F ratios: BMS/WMS = 1.7946784922 on (5, 18), p = 0.1647688083; BMS/EMS = 11.0272479564 on (5, 15),
 * p = 0.0001345665. The 95% bounds below were recomputed independently of this code from the same formulas with
 * SciPy 1.17's F quantiles (F.975(5,18) = 3.3819678053, F.975(18,5) = 6.3618832047, F.975(5,15) = 3.5764153493,
 * F.975(15,5) = 6.4277281671; for ICC(2,1) Satterthwaite's v = 4.7851438622, F.975(5,v) = 7.4986275931,
 * F.975(v,5) = 7.1907371692), so a reader can check them by substitution. They are derived values, not
 * published ones.
 */
class IntraclassCorrelationsTest {

    static final double[][] SHROUT_FLEISS_TABLE_2 = {
            {9, 2, 5, 8},
            {6, 1, 3, 2},
            {8, 4, 6, 8},
            {7, 1, 2, 6},
            {10, 5, 6, 9},
            {6, 2, 4, 7}};

    private static final double TIGHT = 1e-9;
    private static final double BOUNDS = 1e-7;

    @Test
    void theMeanSquaresAreThoseOfTheTwoWayAnova() {
        IntraclassCorrelations.MeanSquares ms = IntraclassCorrelations.meanSquares(SHROUT_FLEISS_TABLE_2);

        assertEquals(1349.0 / 120, ms.betweenTargets(), TIGHT);
        assertEquals(451.0 / 72, ms.withinTargets(), TIGHT);
        assertEquals(2339.0 / 72, ms.betweenJudges(), TIGHT);
        assertEquals(367.0 / 360, ms.residual(), TIGHT);
    }

    @Test
    void theSixFormsReproduceShroutAndFleiss() {
        List<IntraclassCorrelation> iccs = IntraclassCorrelations.compute(SHROUT_FLEISS_TABLE_2);

        assertEquals(List.of(IccForm.values()), iccs.stream().map(IntraclassCorrelation::form).toList());
        assertEquals(448.0 / 2703, iccs.get(0).value(), TIGHT);
        assertEquals(184.0 / 635, iccs.get(1).value(), TIGHT);
        assertEquals(920.0 / 1287, iccs.get(2).value(), TIGHT);
        assertEquals(1792.0 / 4047, iccs.get(3).value(), TIGHT);
        assertEquals(736.0 / 1187, iccs.get(4).value(), TIGHT);
        assertEquals(3680.0 / 4047, iccs.get(5).value(), TIGHT);
        // And the two decimals the paper prints.
        double[] published = {.17, .29, .71, .44, .62, .91};
        for (int i = 0; i < 6; i++) {
            assertEquals(published[i], iccs.get(i).value(), 0.005, iccs.get(i).form().label());
        }
    }

    @Test
    void theFTestsUseTheirOwnDegreesOfFreedom() {
        List<IntraclassCorrelation> iccs = IntraclassCorrelations.compute(SHROUT_FLEISS_TABLE_2);

        IntraclassCorrelation icc11 = iccs.get(0);
        assertEquals(1.7946784922, icc11.f(), 1e-9);
        assertEquals(5, icc11.numeratorDegreesOfFreedom());
        assertEquals(18, icc11.denominatorDegreesOfFreedom());
        assertEquals(0.1647688083, icc11.pValue(), 1e-9);
        for (IntraclassCorrelation twoWay : List.of(iccs.get(1), iccs.get(2), iccs.get(4), iccs.get(5))) {
            assertEquals(11.0272479564, twoWay.f(), 1e-9);
            assertEquals(15, twoWay.denominatorDegreesOfFreedom());
            assertEquals(0.0001345665, twoWay.pValue(), 1e-9);
        }
    }

    @Test
    void theConfidenceIntervalsReproduceTheShroutFleissFormulas() {
        List<IntraclassCorrelation> iccs = IntraclassCorrelations.compute(SHROUT_FLEISS_TABLE_2);
        double[][] expected = {
                {-0.1329323249, 0.7225600623},   // ICC(1,1)
                {0.0187865134, 0.7610843696},    // ICC(2,1)
                {0.3424647650, 0.9458582600},    // ICC(3,1)
                {-0.8844421552, 0.9124154203},   // ICC(1,k)
                {0.0711368153, 0.9272320402},    // ICC(2,k)
                {0.6756747138, 0.9858916782}};   // ICC(3,k)
        for (int i = 0; i < 6; i++) {
            IntraclassCorrelation icc = iccs.get(i);
            assertEquals(expected[i][0], icc.lower(), BOUNDS, icc.form().label() + " lower");
            assertEquals(expected[i][1], icc.upper(), BOUNDS, icc.form().label() + " upper");
            assertTrue(icc.lower() < icc.value() && icc.value() < icc.upper(), icc.form().label());
        }
    }

    @Test
    void judgesInPerfectAgreementLeaveTheFRatioUndefinedRatherThanInfinite() {
        List<IntraclassCorrelation> iccs = IntraclassCorrelations.compute(new double[][] {{1, 1}, {2, 2}, {3, 3}});

        IntraclassCorrelation icc31 = iccs.get(2);
        assertEquals(1.0, icc31.value(), TIGHT);
        assertEquals(null, icc31.f());
        assertEquals(null, icc31.pValue());
    }
}
