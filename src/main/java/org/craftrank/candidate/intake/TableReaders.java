package org.craftrank.candidate.intake;

/** Tells an .xlsx workbook from a CSV file by its first bytes (not by a name or a content type a client chose). */
public final class TableReaders {

    private TableReaders() {
    }

    public static RawTable read(byte[] bytes, TableLimits limits) {
        if (bytes.length == 0) {
            throw new TableFileException("empty-file", "the file is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new TableFileException("max-size", "the file is larger than " + limits.maxBytes() + " bytes");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return new XlsxTableReader(limits).read(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new TableFileException("format", "old Excel 97-2003 workbooks (.xls) are not read; save the sheet as "
                    + "\"Excel 工作簿 (*.xlsx)\" or as \"CSV UTF-8\"");
        }
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            throw new TableFileException("format", "a PDF is not a table; upload the summary table as .xlsx or CSV");
        }
        return new CsvTableReader(limits).read(bytes);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
