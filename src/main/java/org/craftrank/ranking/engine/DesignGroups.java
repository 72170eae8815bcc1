package org.craftrank.ranking.engine;

/**
 * The connected groups of the bipartite graph linking each row (candidate) to each column (expert) it has a
 * value from. Two candidates can only be compared net of expert bias when a chain of shared experts links them,
 * so a bias model is identified within a group but not across groups.
 * <p>
 * Groups are numbered 0, 1, … in the order of their first row, which keeps the numbering independent of input
 * order when rows are in id order.
 */
final class DesignGroups {

    private final int[] rowGroup;
    private final int[] columnGroup;
    private final int count;

    private DesignGroups(int[] rowGroup, int[] columnGroup, int count) {
        this.rowGroup = rowGroup;
        this.columnGroup = columnGroup;
        this.count = count;
    }

    /**
     * @param rowOf    each observation's row
     * @param columnOf each observation's column
     */
    static DesignGroups of(int rows, int columns, int[] rowOf, int[] columnOf) {
        int[] parent = new int[rows + columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < rowOf.length; k++) {
            union(parent, rowOf[k], rows + columnOf[k]);
        }
        int[] groupOfRoot = new int[parent.length];
        java.util.Arrays.fill(groupOfRoot, -1);
        int count = 0;
        int[] rowGroup = new int[rows];
        for (int r = 0; r < rows; r++) {
            int root = find(parent, r);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = count++;
            }
            rowGroup[r] = groupOfRoot[root];
        }
        int[] columnGroup = new int[columns];
        for (int c = 0; c < columns; c++) {
            int root = find(parent, rows + c);
            if (groupOfRoot[root] < 0) {
                // A column with no observation: its own group. Callers index only columns that have values.
                groupOfRoot[root] = count++;
            }
            columnGroup[c] = groupOfRoot[root];
        }
        return new DesignGroups(rowGroup, columnGroup, count);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // Attach the later root under the earlier one; the numbering above does not depend on this choice.
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    int count() {
        return count;
    }

    int ofRow(int row) {
        return rowGroup[row];
    }

    int ofColumn(int column) {
        return columnGroup[column];
    }

    boolean connected() {
        return count == 1;
    }
}
