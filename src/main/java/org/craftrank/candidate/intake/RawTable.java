package org.craftrank.candidate.intake;

import java.util.List;

/**
 * A sheet as read from a file, before any meaning is given to it: rows of cell texts with the kind of cell each
 * came from (a number, a date, a formula...), and the merged regions. Row numbers are those a person sees in a
 * spreadsheet program (1-based; for CSV, the record number).
 */
public record RawTable(String format, String sheet, List<Row> rows, List<MergedRegion> merged) {

    public RawTable {
        rows = List.copyOf(rows);
        merged = List.copyOf(merged);
    }

    /** What a cell held. Formulas are never evaluated: their text is kept, and the mapper refuses them. */
    public enum CellKind { TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR }

    /** A cell: its text (a date cell as yyyy-MM-dd, a number without a trailing .0, a formula as =...). */
    public record Cell(String text, CellKind kind) {
        public static final Cell EMPTY = new Cell("", CellKind.TEXT);

        public static Cell text(String text) {
            return new Cell(text, CellKind.TEXT);
        }

        public boolean blank() {
            return text == null || text.isBlank();
        }
    }

    /** @param number the row number a person sees; cells by column index (0 = A) */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        public boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }
    }

    /** Merged cells, by row number and column index, both inclusive. */
    public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        public boolean touchesRowsFrom(int row) {
            return lastRow >= row;
        }

        /** The spreadsheet reference, e.g. B5:B6. */
        public String reference() {
            return ColumnNames.letter(firstColumn) + firstRow + ":" + ColumnNames.letter(lastColumn) + lastRow;
        }
    }
}
