package org.craftrank.candidate.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An empty summary table for units to fill in: the notice's title, its column headers exactly as printed, and every
 * column formatted as text ("@"), so Excel keeps an 18-digit ID number, a postcode's leading 0 and 1980.10 as typed
 * (as numbers they would lose digits, the 0 or the month, and the import refuses them).
 */
public final class SummaryTemplate {

    private SummaryTemplate() {
    }

    public static byte[] xlsx(SummaryLayout layout) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("汇总表");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setDataFormat(text.getDataFormat());

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(layout.title());
            title.setCellStyle(heading);
            List<String> headers = layout.headers();
            Row header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, 16 * 256);
                // The column's style is what Excel gives the cells typed into it; no empty rows are written, so
                // the file holds only what the unit fills in.
                sheet.setDefaultColumnStyle(c, text);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
