package org.craftrank.ranking.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.craftrank.ranking.engine.Sheets.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PanelDiagnosticsTest {

    private static List<SheetScore> oneCandidate(String... totals) {
        List<SheetScore> sheets = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            sheets.add(sheet("E" + (i + 1), "C1", totals[i]));
        }
        return sheets;
    }

    // ---- per candidate ----

    @Test
    void aSpreadAboveTheCampaignThresholdIsDisagreement() {
        // 70, 80, 90: sample SD 10.
        CandidateDiagnostics c = PanelDiagnostics.compute(oneCandidate("70", "80", "90"), 5, 0).candidate("C1");

        assertEquals(3, c.sheetCount());
        assertEquals(10.0, c.standardDeviation(), 1e-12);
        assertEquals(20.0, c.range(), 1e-12);
        assertEquals(80.0, c.median(), 1e-12);
        assertTrue(c.disagreement());
        assertEquals(List.of("standard deviation 10.00 exceeds the threshold 5.0"), c.reasons());
        assertTrue(c.outliers().isEmpty());
    }

    @Test
    void aSpreadWithinTheThresholdIsNot() {
        CandidateDiagnostics c = PanelDiagnostics.compute(oneCandidate("80", "81", "82"), 5, 0).candidate("C1");

        assertFalse(c.disagreement());
        assertTrue(c.reasons().isEmpty());
    }

    @Test
    void oneScoreFarFromTheOthersIsAnOutlierByItsModifiedZ() {
        // 80, 81, 82, 83, 60: median 81; |x − 81| = 1, 0, 1, 2, 21, so MAD = 1 and
        // M(60) = 0.6745 × (60 − 81) / 1 = −14.1645. M(83) = 1.349 is fine. The SD (9.68) is under the threshold.
        CandidateDiagnostics c = PanelDiagnostics.compute(oneCandidate("80", "81", "82", "83", "60"), 20, 0)
                .candidate("C1");

        assertEquals(List.of(new OutlierScore("E5", 60, 0.6745 * -21)), c.outliers());
        assertTrue(c.disagreement());
        assertEquals(List.of("expert E5's total 60 has modified z -14.16 (beyond ±3.5)"), c.reasons());
    }

    @Test
    void whenMostScoresAreEqualTheMeanAbsoluteDeviationStandsInForAZeroMad() {
        // 80, 80, 80, 80, 90: MAD = 0; mean |x − 80| = 2; M(90) = 10 / (1.253314 × 2) = 3.9894 > 3.5.
        CandidateDiagnostics flagged = PanelDiagnostics.compute(oneCandidate("80", "80", "80", "80", "90"), 20, 0)
                .candidate("C1");
        assertEquals(1, flagged.outliers().size());
        assertEquals(10 / (1.253314 * 2), flagged.outliers().get(0).modifiedZ(), 1e-12);

        // 80, 80, 80, 81, 82: MAD = 0; mean |x − 80| = 0.6; M(82) = 2 / (1.253314 × 0.6) = 2.66 — not an outlier.
        assertTrue(PanelDiagnostics.compute(oneCandidate("80", "80", "80", "81", "82"), 20, 0).candidate("C1")
                .outliers().isEmpty());
        // All equal: nothing to flag, and no division by zero.
        CandidateDiagnostics equal = PanelDiagnostics.compute(oneCandidate("75", "75", "75"), 0, 0).candidate("C1");
        assertFalse(equal.disagreement());
    }

    @Test
    void aSingleSheetHasNoStandardDeviation() {
        CandidateDiagnostics c = PanelDiagnostics.compute(oneCandidate("75"), 5, 0).candidate("C1");

        assertNull(c.standardDeviation());
        assertFalse(c.disagreement());
    }

    // ---- per expert ----

    /**
     * <pre>
     *          A    B    C    D
     *   E1    70   80   60   90
     *   E2    72   78   62   88
     *   E3    80   92   68  100
     * </pre>
     * E3 against the mean of E1 and E2 (71, 79, 61, 89): deviations 9, 13, 7, 11; mean 10, sample SD √(20/3);
     * t = 10 / (√(20/3) / 2) = √60 = 7.7459666924 on 3 df; two-sided p = 0.0044748783 (SciPy). Same order as the
     * consensus, so Spearman = 1.
     * E1 against the mean of E2 and E3 (76, 85, 65, 94): deviations −6, −5, −5, −4; mean −5, SD √(2/3);
     * t = −5 / (√(2/3) / 2) = −√150 = −12.2474487139, p = 0.0011722164. With three experts, one lenient colleague
     * makes the other two look severe against their leave-one-out consensus — that is what the statistic says.
     */
    private static final List<SheetScore> ONE_LENIENT = Sheets.table(new String[][] {
            {"70", "72", "80"}, {"80", "78", "92"}, {"60", "62", "68"}, {"90", "88", "100"}});

    @Test
    void aLenientExpertIsFoundByTheOneSampleTTestOfDeviationsFromTheLeaveOneOutConsensus() {
        ExpertDiagnostics e3 = PanelDiagnostics.compute(ONE_LENIENT, 100, 0).expert("E3");

        assertEquals(4, e3.sheetCount());
        assertEquals(4, e3.comparedSheets());
        assertEquals(10.0, e3.leniency(), 1e-12);
        assertEquals(Math.sqrt(60), e3.leniencyT(), 1e-9);
        assertEquals(0.0044748783, e3.leniencyPValue(), 1e-9);
        assertEquals(1.0, e3.consistency(), 1e-12);
        assertEquals(Set.of(ExpertFlag.LENIENT), e3.flags());
    }

    @Test
    void aSevereExpertIsFlaggedTheOtherWay() {
        ExpertDiagnostics e1 = PanelDiagnostics.compute(ONE_LENIENT, 100, 0).expert("E1");

        assertEquals(-5.0, e1.leniency(), 1e-12);
        assertEquals(-Math.sqrt(150), e1.leniencyT(), 1e-9);
        assertEquals(0.0011722164, e1.leniencyPValue(), 1e-9);
        assertEquals(Set.of(ExpertFlag.SEVERE), e1.flags());
    }

    @Test
    void anExpertWhoOrdersCandidatesAgainstThePanelIsInconsistent() {
        // E1–E3 rank A > B > C > D > E; E4 the reverse. Against the mean of E1–E3, E4's Spearman is −1.
        List<SheetScore> sheets = Sheets.table(new String[][] {
                {"90", "91", "89", "50"}, {"80", "81", "79", "60"}, {"70", "71", "69", "70"},
                {"60", "61", "59", "80"}, {"50", "51", "49", "90"}});

        PanelDiagnostics diagnostics = PanelDiagnostics.compute(sheets, 100, 0);

        ExpertDiagnostics e4 = diagnostics.expert("E4");
        assertEquals(-1.0, e4.consistency(), 1e-12);
        assertTrue(e4.flags().contains(ExpertFlag.INCONSISTENT));
        assertFalse(diagnostics.expert("E1").flags().contains(ExpertFlag.INCONSISTENT));
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        // E2's totals 70, 70, 80, 90 against E1's (the only other expert) 1, 2, 3, 4: ranks 1.5, 1.5, 3, 4 vs
        // 1, 2, 3, 4. Pearson correlation of the ranks = 4.5 / √(4.5 × 5) = 3/√10 = 0.9486832981.
        List<SheetScore> sheets = Sheets.table(new String[][] {{"1", "70"}, {"2", "70"}, {"3", "80"}, {"4", "90"}});

        assertEquals(3 / Math.sqrt(10), PanelDiagnostics.compute(sheets, 100, 0).expert("E2").consistency(), 1e-12);
    }

    @Test
    void anExpertWithNothingToCompareHasNoStatisticsAndSaysWhy() {
        List<SheetScore> sheets = List.of(sheet("E1", "A", "80"), sheet("E1", "B", "70"), sheet("E2", "C", "90"));

        ExpertDiagnostics e2 = PanelDiagnostics.compute(sheets, 5, 0).expert("E2");

        assertEquals(0, e2.comparedSheets());
        assertNull(e2.leniency());
        assertNull(e2.consistency());
        assertEquals(List.of("no candidate of this expert was scored by another expert"), e2.notes());
    }

    @Test
    void tooFewComparedSheetsLeaveTheStatisticsUndefined() {
        List<SheetScore> sheets = Sheets.table(new String[][] {{"80", "82"}, {"70", "75"}});

        ExpertDiagnostics e2 = PanelDiagnostics.compute(sheets, 5, 0).expert("E2");

        assertEquals(3.5, e2.leniency(), 1e-12);
        assertEquals(null, e2.consistency());
        assertTrue(e2.notes().contains("consistency needs at least 3 compared sheets, has 2"));
    }

    // ---- the panel ----

    @Test
    void aCompleteDesignGetsKendallsWTheSixIccsAndAlpha() {
        // Shrout & Fleiss (1979) Table 2 as 6 candidates × 4 experts; see IntraclassCorrelationsTest.
        PanelAgreement agreement = PanelDiagnostics.compute(
                Sheets.table(IntraclassCorrelationsTest.SHROUT_FLEISS_TABLE_2), 5, 0).agreement();

        assertTrue(agreement.completeDesign());
        assertEquals(4, agreement.expertCount());
        assertEquals(6, agreement.candidateCount());
        assertEquals(6, agreement.intraclassCorrelations().size());
        assertEquals(920.0 / 1287, agreement.intraclassCorrelations().get(2).value(), 1e-9);
        assertEquals(4, agreement.kendallsW().raters());
        assertEquals(6, agreement.kendallsW().items());
        assertTrue(agreement.krippendorffAlpha() != null);
        assertNull(agreement.kendallsWUnavailableReason());
    }

    @Test
    void kendallsWOfThePanelTreatsExpertsAsRatersOfTheCandidates() {
        // KendallsWTest's tied example, transposed into candidates × experts.
        double[][] byCandidate = new double[4][3];
        for (int e = 0; e < 3; e++) {
            for (int c = 0; c < 4; c++) {
                byCandidate[c][e] = KendallsWTest.WITH_TIES[e][c];
            }
        }

        KendallsW w = PanelDiagnostics.compute(Sheets.table(byCandidate), 5, 0).agreement().kendallsW();

        assertEquals(61.0 / 75, w.w(), 1e-12);
    }

    @Test
    void anIncompleteDesignGetsAlphaOnlyAndSaysWhyNotTheRest() {
        // Krippendorff (2011): 4 observers × 12 units, 41 values (7 gaps), as 12 candidates × 4 experts. α = 951/1120.
        Double[][] coders = KrippendorffAlphaTest.KRIPPENDORFF_2011;
        double[][] byCandidate = new double[12][4];
        for (int u = 0; u < 12; u++) {
            for (int c = 0; c < 4; c++) {
                byCandidate[u][c] = coders[c][u] == null ? Double.NaN : coders[c][u];
            }
        }

        PanelAgreement agreement = PanelDiagnostics.compute(Sheets.table(byCandidate), 5, 0).agreement();

        assertFalse(agreement.completeDesign());
        assertNull(agreement.kendallsW());
        assertTrue(agreement.intraclassCorrelations().isEmpty());
        assertEquals("not applicable: incomplete design: 7 of 48 expert–candidate pairs have no sheet; needs every "
                + "expert to score every candidate", agreement.kendallsWUnavailableReason());
        assertEquals(agreement.kendallsWUnavailableReason(), agreement.intraclassCorrelationsUnavailableReason());
        assertEquals(951.0 / 1120, agreement.krippendorffAlpha(), 1e-12);
    }

    @Test
    void theDiagnosticsDependOnTheSheetsNotOnTheirOrder() {
        Random random = new Random(31);
        for (int trial = 0; trial < 10; trial++) {
            List<SheetScore> sheets = Sheets.randomCampaign(random, 25, 6, trial % 2 == 0 ? 6 : 3);
            PanelDiagnostics reference = PanelDiagnostics.compute(sheets, 3, 0);
            for (int shuffle = 0; shuffle < 3; shuffle++) {
                assertEquals(reference, PanelDiagnostics.compute(Sheets.shuffled(sheets, random), 3, 0));
            }
        }
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PanelDiagnostics.compute(List.of(), -1, 0));
    }

    /**
     * E3 scores 0.10, 0.12, 0.09 and 0.11 points above the mean of E1 and E2: t ≈ 16 on 3 df, p &lt; 0.001 —
     * significant, and far below half a step (0.25). Flagging it would call an expert lenient for a tenth of a point.
     */
    @Test
    void aSignificantLeniencyWithinThePracticalMarginIsNotFlaggedButSaidSo() {
        List<SheetScore> scaledDown = Sheets.table(new String[][] {
                {"7.0", "7.2", "7.2"}, {"8.0", "7.8", "8.02"}, {"6.0", "6.2", "6.19"}, {"9.0", "8.8", "9.01"}});

        ExpertDiagnostics withinMargin = PanelDiagnostics.compute(scaledDown, 100, 0.25).expert("E3");
        assertTrue(withinMargin.leniency() > 0 && withinMargin.leniency() < 0.25, "leniency " + withinMargin.leniency());
        assertTrue(withinMargin.leniencyPValue() < 0.05, "p " + withinMargin.leniencyPValue());
        assertEquals(Set.of(), withinMargin.flags());
        assertTrue(withinMargin.noteCodes().contains(ExpertDiagnostics.Note.WITHIN_PRACTICAL_MARGIN));

        assertEquals(Set.of(ExpertFlag.LENIENT), PanelDiagnostics.compute(scaledDown, 100, 0).expert("E3").flags());
    }

    @Test
    void alphaForOneCandidateIsUnavailableWithAReasonNotANumber() {
        PanelAgreement agreement = PanelDiagnostics.compute(oneCandidate("70", "80", "90"), 5, 0).agreement();

        assertNull(agreement.krippendorffAlpha());
        assertEquals(Unavailable.TOO_FEW_CANDIDATES, agreement.krippendorffAlphaUnavailable());
        assertEquals(Unavailable.TOO_FEW_CANDIDATES, agreement.kendallsWUnavailable());
    }
}
