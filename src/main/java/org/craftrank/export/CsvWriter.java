package org.craftrank.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK and
 * the headings turn to mojibake.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static byte[] write(ExportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.copyOf(table.headers()));
        table.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
