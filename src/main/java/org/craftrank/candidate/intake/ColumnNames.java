package org.craftrank.candidate.intake;

/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
public final class ColumnNames {

    private ColumnNames() {
    }

    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    public static String cell(int column, int row) {
        return letter(column) + row;
    }
}
