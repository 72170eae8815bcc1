package org.craftrank.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking table as an XLSX workbook (Apache POI): a title row, bold frozen headings, numbers as numeric cells
 * (shown to 4 places, stored to the full displayed precision) and text as text cells — never formulas.
 */
public final class XlsxWriter {

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 2;

    private XlsxWriter() {
    }

    public static byte[] write(ExportTable table, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            // One style per number of places, so a cell shows exactly the digits of the value written — the same
            // text as the CSV and the JSON — instead of one fixed format that makes 6.2555555556 and 6.2555555555 look
            // alike (or shows 7 as 7.0000).
            Map<Integer, CellStyle> decimals = new HashMap<>();

            Cell title = sheet.createRow(TITLE_ROW).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(heading);
            Row headers = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = headers.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, 14 * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal d) {
                        BigDecimal stripped = d.stripTrailingZeros();
                        BigDecimal shown = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
                        cell.setCellValue(shown.doubleValue());
                        cell.setCellStyle(decimals.computeIfAbsent(shown.scale(), places -> {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat()
                                    .getFormat(places == 0 ? "0" : "0." + "0".repeat(places)));
                            return style;
                        }));
                    } else if (value instanceof Integer i) {
                        cell.setCellValue(i);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory workbook failed", e);
        }
    }
}
