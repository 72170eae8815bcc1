package org.craftrank.export;

import java.util.List;

/**
 * A table for export to CSV or XLSX. Cells are either numbers ({@link java.math.BigDecimal} or {@link Integer}),
 * null, or text that the builder has already passed through {@link SpreadsheetText#neutralise}, so the writers
 * never have to think about formula injection.
 *
 * @param title   what the table is, for the XLSX title row
 * @param headers column headings
 * @param rows    the rows, in order
 */
public record ExportTable(String title, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
