package org.craftrank.candidate.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds summary-table files for tests, laid out as the notices print them: title rows, the header row with the
 * annex's own column headers ({@link SummaryLayout}), then candidate rows. Cells are text unless given as
 * {@link Double} (a number cell), {@link LocalDate} (a date-formatted cell) or {@link Formula}.
 */
public final class SummaryFiles {

    /** A formula cell, e.g. new Formula("1+1"). */
    public record Formula(String expression) {
    }

    private final List<List<Object>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();

    public static SummaryFiles of(SummaryLayout layout, String... titleRows) {
        SummaryFiles files = new SummaryFiles();
        for (String title : titleRows) {
            files.rows.add(List.of(title));
        }
        files.rows.add(new ArrayList<>(layout.headers()));
        return files;
    }

    public static SummaryFiles withHeaders(List<String> headers) {
        SummaryFiles files = new SummaryFiles();
        files.rows.add(new ArrayList<>(headers));
        return files;
    }

    public static SummaryFiles empty() {
        return new SummaryFiles();
    }

    public SummaryFiles row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    /** Merges cells, rows 1-based as a spreadsheet shows them, columns 0-based. */
    public SummaryFiles merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merged.add(new CellRangeAddress(firstRow - 1, lastRow - 1, firstColumn, lastColumn));
        return this;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("汇总表");
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            merged.forEach(sheet::addMergedRegion);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV in UTF-8, with or without a byte-order mark. */
    public byte[] csv(boolean bom) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                String cell = value == null ? "" : value instanceof Formula f ? "=" + f.expression() : String.valueOf(value);
                cells.add(cell.matches(".*[\",\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook with an extra part of {@code megabytes} of zeros: tiny compressed, enormous inflated, the shape of
     * a zip bomb.
     */
    public static byte[] zipBomb(byte[] workbook, int megabytes) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
