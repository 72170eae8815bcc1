package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BiasModelTest {

    private static final double EXACT = 1e-9;

    /** Values summing to zero, so they are the parameters the sum-to-zero fit must return. */
    private static double[] centred(Random random, int n, double spread) {
        double[] values = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian() * spread;
            mean += values[i] / n;
        }
        for (int i = 0; i < n; i++) {
            values[i] -= mean;
        }
        return values;
    }

    /** Candidate c scored by experts c, c+1, …, c+perCandidate−1 (mod experts): an incomplete, connected design. */
    private static int[][] rotatingDesign(int candidates, int experts, int perCandidate) {
        List<int[]> cells = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            for (int k = 0; k < perCandidate; k++) {
                cells.add(new int[] {c, (c + k) % experts});
            }
        }
        return cells.toArray(int[][]::new);
    }

    private static AdditiveModelFit fitNoiseFree(int[][] cells, int rows, int columns, double mu, double[] quality,
                                                 double[] bias) {
        int[] rowOf = new int[cells.length];
        int[] columnOf = new int[cells.length];
        double[] y = new double[cells.length];
        for (int k = 0; k < cells.length; k++) {
            rowOf[k] = cells[k][0];
            columnOf[k] = cells[k][1];
            y[k] = mu + quality[rowOf[k]] + bias[columnOf[k]];
        }
        return AdditiveModelFit.fit(rows, columns, rowOf, columnOf, y);
    }

    @Test
    void qualityAndBiasAreRecoveredExactlyFromNoiseFreeScoresOfAConnectedIncompleteDesign() {
        Random random = new Random(11);
        double[] quality = centred(random, 12, 8);
        double[] bias = centred(random, 6, 5);

        AdditiveModelFit fit = fitNoiseFree(rotatingDesign(12, 6, 3), 12, 6, 75, quality, bias);

        assertTrue(fit.groups().connected());
        assertEquals(75, fit.groupMean(0), EXACT);
        for (int c = 0; c < 12; c++) {
            assertEquals(quality[c], fit.rowEffect(c), EXACT, "quality of candidate " + c);
        }
        for (int e = 0; e < 6; e++) {
            assertEquals(bias[e], fit.columnEffect(e), EXACT, "bias of expert " + e);
        }
    }

    @Test
    void recoveryAlsoHoldsWhenThereAreMoreExpertsThanCandidates() {
        // The dense system is then built on the candidates' side; the answer must not change.
        Random random = new Random(12);
        double[] quality = centred(random, 4, 8);
        double[] bias = centred(random, 10, 5);
        List<int[]> cells = new ArrayList<>();
        for (int e = 0; e < 10; e++) {
            cells.add(new int[] {e % 4, e});
            cells.add(new int[] {(e + 1) % 4, e});
        }

        AdditiveModelFit fit = fitNoiseFree(cells.toArray(int[][]::new), 4, 10, 68.5, quality, bias);

        assertEquals(68.5, fit.groupMean(0), EXACT);
        for (int c = 0; c < 4; c++) {
            assertEquals(quality[c], fit.rowEffect(c), EXACT);
        }
        for (int e = 0; e < 10; e++) {
            assertEquals(bias[e], fit.columnEffect(e), EXACT);
        }
    }

    @Test
    void theRankingReportsEachExpertsBiasAndScoresCandidatesNetOfIt() {
        Random random = new Random(13);
        double[] quality = centred(random, 12, 8);
        double[] bias = centred(random, 6, 5);
        List<SheetScore> sheets = new ArrayList<>();
        for (int[] cell : rotatingDesign(12, 6, 3)) {
            double total = 75 + quality[cell[0]] + bias[cell[1]];
            sheets.add(SheetScore.ofDecimals("E" + (cell[1] + 1), "C" + (cell[0] + 1), BigDecimal.valueOf(total), Map.of()));
        }

        Ranking ranking = RankingEngine.rank(sheets, RankingRequest.of(AggregationMethod.BIAS_MODEL));

        assertTrue(ranking.warnings().isEmpty());
        for (int e = 0; e < 6; e++) {
            ExpertBias fitted = ranking.expertBiases().get(e);
            assertEquals("E" + (e + 1), fitted.expertId());
            assertEquals(bias[e], fitted.bias(), EXACT);
            assertEquals(6, fitted.sheetCount(), "12 candidates × 3 sheets over 6 experts");
            assertEquals(1, fitted.designGroup());
        }
        for (int c = 0; c < 12; c++) {
            assertEquals(75 + quality[c], ranking.entry("C" + (c + 1)).score().doubleValue(), EXACT);
        }
    }

    @Test
    void aDesignThatIsNotConnectedIsFittedPerGroupAndSaysSo() {
        // C1–C3 scored only by E1, E2; C4–C6 only by E3, E4: nothing links the two groups.
        double[] quality = {3, -1, -2, 4, 0, -4};
        double[] bias = {2, -2, -1.5, 1.5};
        double[] groupMean = {70, 80};
        List<SheetScore> sheets = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            int group = c / 3;
            for (int e = 2 * group; e < 2 * group + 2; e++) {
                double total = groupMean[group] + quality[c] + bias[e];
                sheets.add(SheetScore.ofDecimals("E" + (e + 1), "C" + (c + 1), BigDecimal.valueOf(total), Map.of()));
            }
        }

        Ranking ranking = RankingEngine.rank(sheets, RankingRequest.of(AggregationMethod.BIAS_MODEL));

        assertEquals(1, ranking.warnings().size());
        String warning = ranking.warnings().get(0);
        assertTrue(warning.startsWith("design not connected: the experts and candidates fall into 2 groups"), warning);
        assertTrue(warning.contains("group 1: 3 candidates, experts E1, E2; group 2: 3 candidates, experts E3, E4"),
                warning);
        for (int c = 0; c < 6; c++) {
            assertEquals(groupMean[c / 3] + quality[c], ranking.entry("C" + (c + 1)).score().doubleValue(), EXACT);
        }
        assertEquals(List.of(1, 1, 2, 2), ranking.expertBiases().stream().map(ExpertBias::designGroup).toList());
        for (int e = 0; e < 4; e++) {
            assertEquals(bias[e], ranking.expertBiases().get(e).bias(), EXACT);
        }
        assertEquals(List.of("design group 2 of 2: comparable net of expert bias only within its group"),
                ranking.entry("C5").explanation().notes());
    }

    /**
     * On noisy data the fit must be the least-squares solution. Cross-check against an independent dense solve:
     * the full design matrix in sum-to-zero (effect) coding — intercept, quality 1..C−1, bias 1..E−1, the last level
     * of each being minus the sum of the others — solved by commons-math's QR decomposition.
     */
    @Test
    void onNoisyDataTheFitIsTheLeastSquaresSolution() {
        Random random = new Random(14);
        int candidates = 15;
        int experts = 7;
        int[][] cells = rotatingDesign(candidates, experts, 3);
        int[] rowOf = new int[cells.length];
        int[] columnOf = new int[cells.length];
        double[] y = new double[cells.length];
        double[] quality = centred(random, candidates, 8);
        double[] bias = centred(random, experts, 5);
        for (int k = 0; k < cells.length; k++) {
            rowOf[k] = cells[k][0];
            columnOf[k] = cells[k][1];
            y[k] = 72 + quality[rowOf[k]] + bias[columnOf[k]] + random.nextGaussian() * 3;
        }

        AdditiveModelFit fit = AdditiveModelFit.fit(candidates, experts, rowOf, columnOf, y);

        int parameters = 1 + (candidates - 1) + (experts - 1);
        double[][] design = new double[cells.length][parameters];
        for (int k = 0; k < cells.length; k++) {
            design[k][0] = 1;
            effectCode(design[k], 1, rowOf[k], candidates);
            effectCode(design[k], candidates, columnOf[k], experts);
        }
        RealVector solution = new QRDecomposition(new Array2DRowRealMatrix(design))
                .getSolver().solve(new ArrayRealVector(y));
        assertEquals(solution.getEntry(0), fit.groupMean(0), 1e-9);
        double qualitySum = 0;
        for (int c = 0; c < candidates - 1; c++) {
            assertEquals(solution.getEntry(1 + c), fit.rowEffect(c), 1e-9);
            qualitySum += solution.getEntry(1 + c);
        }
        assertEquals(-qualitySum, fit.rowEffect(candidates - 1), 1e-9);
        for (int e = 0; e < experts - 1; e++) {
            assertEquals(solution.getEntry(candidates + e), fit.columnEffect(e), 1e-9);
        }
    }

    private static void effectCode(double[] row, int offset, int level, int levels) {
        if (level < levels - 1) {
            row[offset + level] = 1;
        } else {
            for (int i = 0; i < levels - 1; i++) {
                row[offset + i] = -1;
            }
        }
    }

    @Test
    void aDesignTooLargeForTheDirectSolveGivesNoScoresAndSaysSo() {
        int n = AdditiveModelFit.DIRECT_SOLVE_LIMIT + 1;
        List<SheetScore> sheets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sheets.add(SheetScore.ofDecimals("E" + i, "C" + i, BigDecimal.valueOf(70), Map.of()));
        }

        Ranking ranking = RankingEngine.rank(sheets, RankingRequest.of(AggregationMethod.BIAS_MODEL));

        assertNull(ranking.entries().get(0).score());
        assertFalse(ranking.warnings().isEmpty());
        assertTrue(ranking.warnings().get(0).startsWith("design too large for the bias model"));
    }
}
