package org.craftrank.ranking.engine;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Least-squares fit of the two-way additive model
 * <pre>  y(r, c) = groupMean(g) + rowEffect(r) + columnEffect(c) + noise</pre>
 * over an incomplete table with at most one value per cell (rows = candidates, columns = experts), with the row
 * effects and the column effects each summing to zero within every connected group {@code g} of the design.
 * Under those constraints the least-squares solution is unique, and on noise-free data from a connected design it
 * returns the generating parameters exactly (up to rounding).
 * <p>
 * <b>How it is solved, and why.</b> The normal equations are not solved as one dense (rows + columns)² system —
 * 10,000 candidates would make that 10⁸ entries. Instead the row effects are eliminated (for fixed column effects
 * each row's best level is the mean of its residuals), which leaves the classic <i>reduced normal equations</i> of
 * an incomplete block design in the column effects alone:
 * <pre>  (D_c − Σ_r v_r v_rᵀ / n_r) β = Σ_r (y_r − ȳ_r)  restricted to each column,</pre>
 * where {@code v_r} marks the columns row {@code r} has values from. That matrix is only columns × columns (the
 * number of experts), costs Σ n_r² to build, and is positive semi-definite with exactly one null direction per
 * connected group (all columns of the group shifted together). Adding {@code 1/|group|} times the group's all-ones
 * block removes that direction and, since the right-hand side sums to zero over each group, makes the solution
 * satisfy the sum-to-zero constraint — so the system is positive definite and is solved directly, exactly up to
 * rounding, by a commons-math Cholesky decomposition. No iteration, no convergence tolerance, no ridge bias.
 * When there are more columns than rows the table is transposed first, so the dense system is always on the
 * smaller side; callers refuse designs where even the smaller side exceeds {@link #DIRECT_SOLVE_LIMIT}.
 */
final class AdditiveModelFit {

    /** Largest number of experts (or candidates, whichever is fewer) the dense reduced system is built for. */
    static final int DIRECT_SOLVE_LIMIT = 2_000;

    private final DesignGroups groups;
    private final double[] groupMeans;
    private final double[] rowEffects;
    private final double[] columnEffects;

    private AdditiveModelFit(DesignGroups groups, double[] groupMeans, double[] rowEffects, double[] columnEffects) {
        this.groups = groups;
        this.groupMeans = groupMeans;
        this.rowEffects = rowEffects;
        this.columnEffects = columnEffects;
    }

    /**
     * @param rowOf    each observation's row, 0..rows-1; every row must have at least one observation
     * @param columnOf each observation's column, 0..columns-1; every column must have at least one observation
     * @param y        each observation's value
     */
    static AdditiveModelFit fit(int rows, int columns, int[] rowOf, int[] columnOf, double[] y) {
        if (Math.min(rows, columns) > DIRECT_SOLVE_LIMIT) {
            throw new IllegalArgumentException("design too large for the direct solve: " + rows + " × " + columns);
        }
        if (columns <= rows) {
            return solveForColumnEffects(rows, columns, rowOf, columnOf, y);
        }
        AdditiveModelFit transposed = solveForColumnEffects(columns, rows, columnOf, rowOf, y);
        // Same parameters with roles swapped: group means are shared; effects swap sides.
        DesignGroups groups = DesignGroups.of(rows, columns, rowOf, columnOf);
        double[] groupMeans = new double[groups.count()];
        for (int r = 0; r < rows; r++) {
            groupMeans[groups.ofRow(r)] = transposed.groupMeans[transposed.groups.ofColumn(r)];
        }
        return new AdditiveModelFit(groups, groupMeans, transposed.columnEffects, transposed.rowEffects);
    }

    private static AdditiveModelFit solveForColumnEffects(int rows, int columns, int[] rowOf, int[] columnOf,
                                                          double[] y) {
        DesignGroups groups = DesignGroups.of(rows, columns, rowOf, columnOf);
        int[][] rowColumns = columnsByRow(rows, rowOf, columnOf);
        double[][] rowValues = valuesByRow(rows, rowOf, y);

        double[][] reduced = new double[columns][columns];
        double[] rightHandSide = new double[columns];
        for (int r = 0; r < rows; r++) {
            int[] cols = rowColumns[r];
            double[] values = rowValues[r];
            double rowMean = mean(values);
            double share = 1.0 / cols.length;
            for (int i = 0; i < cols.length; i++) {
                reduced[cols[i]][cols[i]] += 1;
                rightHandSide[cols[i]] += values[i] - rowMean;
                for (int j = 0; j < cols.length; j++) {
                    reduced[cols[i]][cols[j]] -= share;
                }
            }
        }
        int[] groupColumnCount = new int[groups.count()];
        for (int c = 0; c < columns; c++) {
            groupColumnCount[groups.ofColumn(c)]++;
        }
        for (int a = 0; a < columns; a++) {
            for (int b = 0; b < columns; b++) {
                if (groups.ofColumn(a) == groups.ofColumn(b)) {
                    reduced[a][b] += 1.0 / groupColumnCount[groups.ofColumn(a)];
                }
            }
        }
        RealVector solution = new CholeskyDecomposition(new Array2DRowRealMatrix(reduced, false))
                .getSolver().solve(new ArrayRealVector(rightHandSide, false));
        double[] columnEffects = solution.toArray();

        // Each row's level given the column effects, then split into group mean + effect summing to zero.
        double[] rowLevels = new double[rows];
        for (int r = 0; r < rows; r++) {
            double residualSum = 0;
            for (int i = 0; i < rowColumns[r].length; i++) {
                residualSum += rowValues[r][i] - columnEffects[rowColumns[r][i]];
            }
            rowLevels[r] = residualSum / rowColumns[r].length;
        }
        double[] groupMeans = new double[groups.count()];
        int[] groupRowCount = new int[groups.count()];
        for (int r = 0; r < rows; r++) {
            groupMeans[groups.ofRow(r)] += rowLevels[r];
            groupRowCount[groups.ofRow(r)]++;
        }
        for (int g = 0; g < groupMeans.length; g++) {
            groupMeans[g] /= groupRowCount[g];
        }
        double[] rowEffects = new double[rows];
        for (int r = 0; r < rows; r++) {
            rowEffects[r] = rowLevels[r] - groupMeans[groups.ofRow(r)];
        }
        return new AdditiveModelFit(groups, groupMeans, rowEffects, columnEffects);
    }

    private static int[][] columnsByRow(int rows, int[] rowOf, int[] columnOf) {
        int[] counts = new int[rows];
        for (int r : rowOf) {
            counts[r]++;
        }
        int[][] result = new int[rows][];
        for (int r = 0; r < rows; r++) {
            if (counts[r] == 0) {
                throw new IllegalArgumentException("row " + r + " has no observation");
            }
            result[r] = new int[counts[r]];
        }
        int[] filled = new int[rows];
        for (int k = 0; k < rowOf.length; k++) {
            result[rowOf[k]][filled[rowOf[k]]++] = columnOf[k];
        }
        return result;
    }

    private static double[][] valuesByRow(int rows, int[] rowOf, double[] y) {
        int[] counts = new int[rows];
        for (int r : rowOf) {
            counts[r]++;
        }
        double[][] result = new double[rows][];
        for (int r = 0; r < rows; r++) {
            result[r] = new double[counts[r]];
        }
        int[] filled = new int[rows];
        for (int k = 0; k < rowOf.length; k++) {
            result[rowOf[k]][filled[rowOf[k]]++] = y[k];
        }
        return result;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    DesignGroups groups() {
        return groups;
    }

    /** The mean level of the row's group: what an average row would get from an average column there. */
    double groupMeanOfRow(int row) {
        return groupMeans[groups.ofRow(row)];
    }

    double groupMean(int group) {
        return groupMeans[group];
    }

    double rowEffect(int row) {
        return rowEffects[row];
    }

    double columnEffect(int column) {
        return columnEffects[column];
    }
}
