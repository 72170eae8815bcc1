package org.craftrank.candidate.intake;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an .xlsx workbook (Apache POI). Hostile files are refused: POI's zip-bomb guard
 * ({@link ZipSecureFile}) stops entries that inflate more than 100-fold or beyond a fixed size, and formulas are
 * read as their text, never evaluated (their cached results are ignored too).
 */
public final class XlsxTableReader {

    /** An entry may inflate at most 100-fold (POI's ratio is compressed/uncompressed, so 1/100). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No single entry of the package may exceed this once inflated. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Nor may the text of any one part. */
    static final long MAX_TEXT_CHARS = 16L * 1024 * 1024;

    static {
        // Process-wide settings of POI: set once, before any workbook is opened.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final TableLimits limits;

    public XlsxTableReader(TableLimits limits) {
        this.limits = limits;
    }

    public RawTable read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new TableFileException("empty-sheet", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            return table(sheet);
        } catch (TableFileException e) {
            throw e;
        } catch (EmptyFileException e) {
            throw new TableFileException("unreadable", "the file is empty");
        } catch (IOException | RuntimeException e) {
            // POI reports a zip bomb as an IOException whose message names it; everything else is a damaged file.
            if (isZipBomb(e)) {
                throw new TableFileException("zip-bomb", "the workbook inflates far beyond its size (a \"zip bomb\")"
                        + " and is refused; save the sheet again as a normal .xlsx");
            }
            throw new TableFileException("unreadable", "the file is not a readable .xlsx workbook; save it from "
                    + "Excel or WPS as \"Excel 工作簿 (*.xlsx)\" or as \"CSV UTF-8\"");
        }
    }

    /** POI says "Zip bomb detected!" or "would exceed the max ..." somewhere in the cause chain. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("would exceed the max")) {
                return true;
            }
        }
        return false;
    }

    private RawTable table(Sheet sheet) {
        List<RawTable.Row> rows = new ArrayList<>();
        if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
            throw new TableFileException("too-many-rows", "sheet '" + sheet.getSheetName() + "' has more than "
                    + limits.maxRows() + " rows; split it");
        }
        for (Row row : sheet) {
            if (row.getLastCellNum() > limits.maxColumns()) {
                throw new TableFileException("too-many-columns", "row " + (row.getRowNum() + 1) + " has more than "
                        + limits.maxColumns() + " columns");
            }
            List<RawTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(cell(row.getCell(c)));
            }
            rows.add(new RawTable.Row(row.getRowNum() + 1, cells));
        }
        List<RawTable.MergedRegion> merged = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.add(new RawTable.MergedRegion(region.getFirstRow() + 1, region.getLastRow() + 1,
                    region.getFirstColumn(), region.getLastColumn()));
        }
        return new RawTable("XLSX", sheet.getSheetName(), rows, merged);
    }

    private RawTable.Cell cell(Cell cell) {
        if (cell == null) {
            return RawTable.Cell.EMPTY;
        }
        return switch (cell.getCellType()) {
            case STRING -> new RawTable.Cell(bounded(cell.getStringCellValue()), RawTable.CellKind.TEXT);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new RawTable.Cell(ISO_DATE.format(cell.getLocalDateTimeCellValue().toLocalDate()),
                    RawTable.CellKind.DATE)
                    : new RawTable.Cell(number(cell.getNumericCellValue()), RawTable.CellKind.NUMBER);
            case BOOLEAN -> new RawTable.Cell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", RawTable.CellKind.BOOLEAN);
            case FORMULA -> new RawTable.Cell(bounded("=" + cell.getCellFormula()), RawTable.CellKind.FORMULA);
            case ERROR -> new RawTable.Cell("#ERROR", RawTable.CellKind.ERROR);
            case BLANK, _NONE -> RawTable.Cell.EMPTY;
        };
    }

    /** 10.0 as "10", 1980.6 as "1980.6", 1.1E17 as its digits: the number as a person would have typed it. */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private String bounded(String text) {
        if (text.length() > limits.maxCellChars()) {
            throw new TableFileException("cell-too-long", "a cell is longer than " + limits.maxCellChars()
                    + " characters");
        }
        return text;
    }

}
