package org.craftrank.candidate.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 describes it (quoted cells may hold commas, quotes and line breaks), in UTF-8 with or without a
 * byte-order mark. Comma-separated, or tab-separated when the first line has tabs and no commas. A file in
 * another encoding (Excel's plain "CSV" on Chinese Windows is GBK) is refused, not misread.
 */
public final class CsvTableReader {

    private final TableLimits limits;

    public CsvTableReader(TableLimits limits) {
        this.limits = limits;
    }

    public RawTable read(byte[] bytes) {
        String text = decode(bytes);
        char separator = separatorOf(text);
        List<RawTable.Row> rows = new ArrayList<>();
        List<RawTable.Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int record = 1;
        int quoteStartRecord = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    append(cell, c, record);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteStartRecord = record;
            } else if (c == separator) {
                cells.add(cell(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
                if (cells.size() > limits.maxColumns()) {
                    throw new TableFileException("too-many-columns", "row " + record + " has more than "
                            + limits.maxColumns() + " columns");
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
                rows.add(new RawTable.Row(record, cells));
                cells = new ArrayList<>();
                record++;
                if (rows.size() > limits.maxRows()) {
                    throw new TableFileException("too-many-rows", "the file has more than " + limits.maxRows()
                            + " rows; split it");
                }
            } else if (wasQuoted) {
                throw new TableFileException("csv-syntax", "row " + record + ": text after a closing quote in cell "
                        + ColumnNames.letter(cells.size()) + "; a quote inside a quoted cell is written twice (\"\")");
            } else {
                append(cell, c, record);
            }
        }
        if (quoted) {
            throw new TableFileException("csv-syntax", "a quoted cell opened in row " + quoteStartRecord
                    + " is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
            cells.add(cell(cell, wasQuoted));
            rows.add(new RawTable.Row(record, cells));
        }
        return new RawTable("CSV", null, rows, List.of());
    }

    private void append(StringBuilder cell, char c, int record) {
        if (cell.length() >= limits.maxCellChars()) {
            throw new TableFileException("cell-too-long", "row " + record + " has a cell longer than "
                    + limits.maxCellChars() + " characters");
        }
        cell.append(c);
    }

    /**
     * A cell's text. A cell starting with '=' is what a spreadsheet would run as a formula: it is kept as a formula
     * so the mapper refuses it rather than storing text that turns into a formula when exported again.
     */
    private static RawTable.Cell cell(StringBuilder text, boolean quoted) {
        String value = text.toString();
        return new RawTable.Cell(value, value.startsWith("=") ? RawTable.CellKind.FORMULA : RawTable.CellKind.TEXT);
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new TableFileException("encoding", "the file is UTF-16 (Excel's \"Unicode text\"); save it as "
                    + "\"CSV UTF-8\" or as .xlsx");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new TableFileException("encoding", "the file is not UTF-8 (Excel's plain \"CSV\" on Chinese Windows "
                    + "is GBK); save it as \"CSV UTF-8\" or as .xlsx");
        }
    }
}
