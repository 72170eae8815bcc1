package org.craftrank.candidate.intake;

import org.craftrank.candidate.field.CellText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Gives a {@link RawTable} the meaning of a summary table (汇总表): finds the header row below any title rows,
 * maps each header to its {@link SummaryColumn}, and reads every row after it with {@link RowReader}. Problems of
 * the file (unknown or missing columns, merged cells) and of each row are collected, never thrown, so that one
 * report lists all of them.
 */
public final class SummaryTableReader {

    /** Title rows ("大国工匠培育对象推荐汇总表", "推荐单位： 联系人：") may precede the header row. */
    static final int HEADER_SEARCH_ROWS = 20;
    /** Columns that exist only in neither notice's table but which the 2026 rules need. */
    static final Set<SummaryColumn> EXTRAS = EnumSet.of(SummaryColumn.PERSONAL_STATEMENT, SummaryColumn.GROUP,
            SummaryColumn.GROUP_COMPANY, SummaryColumn.RECOGNISED, SummaryColumn.LEADERSHIP_POST,
            SummaryColumn.TALENT_PROGRAMME);

    /** How a header cell of the file was understood. */
    public record ColumnMapping(String cell, String header, SummaryColumn column) {
    }

    public enum RowStatus { READ, SKIPPED }

    /** One row after the header: read into candidate fields, or skipped (with why). */
    public record RowOutcome(int row, RowStatus status, String note, ImportedCandidate candidate,
                             List<ImportProblem> problems) {
        public RowOutcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param layout     the notice's table the headers follow, or null for another selection of known columns
     * @param headerRow  null when no header row was found
     */
    public record Result(String format, String sheet, SummaryLayout layout, Integer headerRow,
                         List<ColumnMapping> columns, List<RowOutcome> rows, List<ImportProblem> fileProblems) {
        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            fileProblems = List.copyOf(fileProblems);
        }

        public boolean hasColumn(SummaryColumn column) {
            return columns.stream().anyMatch(c -> c.column() == column);
        }
    }

    private SummaryTableReader() {
    }

    public static Result read(RawTable raw) {
        List<RawTable.Row> nonBlank = raw.rows().stream().filter(r -> !r.blank()).toList();
        if (nonBlank.isEmpty()) {
            throw new TableFileException("empty-sheet", raw.sheet() == null ? "the file holds no rows"
                    : "sheet '" + raw.sheet() + "' is empty; the summary table must be on the first sheet");
        }
        Optional<RawTable.Row> header = nonBlank.stream().limit(HEADER_SEARCH_ROWS)
                .filter(SummaryTableReader::looksLikeHeader).findFirst();
        if (header.isEmpty()) {
            return new Result(raw.format(), raw.sheet(), null, null, List.of(), List.of(),
                    List.of(ImportProblem.ofFile("header-row", "no header row found: a row naming the summary "
                            + "table's columns (序号, 姓名, 性别, 出生年月, ... as in the notice's 汇总表) must come before the "
                            + "candidates; the first row reads " + preview(nonBlank.get(0)))));
        }
        int headerRow = header.get().number();
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, SummaryColumn> byIndex = new TreeMap<>();
        List<ColumnMapping> mappings = new ArrayList<>();
        mapHeaders(header.get(), byIndex, mappings, problems);
        mergedCellsAreRefused(raw, headerRow, problems);
        List<RawTable.Row> dataRows = raw.rows().stream().filter(r -> r.number() > headerRow).toList();
        unnamedColumnsAreRefused(dataRows, header.get(), problems);
        List<RowOutcome> rows = new ArrayList<>();
        for (RawTable.Row row : dataRows) {
            RowReader.read(row, byIndex).ifPresent(rows::add);
        }
        if (rows.stream().noneMatch(r -> r.status() == RowStatus.READ)) {
            problems.add(ImportProblem.ofFile("no-rows", "the table has its header in row " + headerRow
                    + " but no candidate below it"));
        }
        return new Result(raw.format(), raw.sheet(), layoutOf(mappings), headerRow, mappings, rows, problems);
    }

    private static boolean looksLikeHeader(RawTable.Row row) {
        List<SummaryColumn> known = row.cells().stream().map(c -> SummaryColumn.forHeader(c.text()))
                .flatMap(Optional::stream).toList();
        return known.contains(SummaryColumn.NAME) && known.size() >= 3;
    }

    private static void mapHeaders(RawTable.Row header, Map<Integer, SummaryColumn> byIndex,
                                   List<ColumnMapping> mappings, List<ImportProblem> problems) {
        Map<SummaryColumn, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            RawTable.Cell cell = header.cell(i);
            if (cell.blank()) {
                continue;
            }
            String ref = ColumnNames.cell(i, header.number());
            String written = cell.text().strip();
            Optional<SummaryColumn> column = SummaryColumn.forHeader(written);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(header.number(), written, ref, ShownValues.shown(null, written),
                        "unknown-column", "'" + oneLine(written) + "' is not a column of the summary table; the columns "
                        + "are those of the notice's 汇总表: " + String.join("、", knownHeaders())));
            } else if (seen.containsKey(column.get())) {
                problems.add(new ImportProblem(header.number(), column.get().header(), ref, oneLine(written),
                        "duplicate-column", "column " + column.get().header() + " appears twice (" + seen.get(column.get())
                        + " and " + ref + "); keep one"));
            } else {
                seen.put(column.get(), ref);
                byIndex.put(i, column.get());
                mappings.add(new ColumnMapping(ref, oneLine(written), column.get()));
            }
        }
        for (SummaryColumn required : SummaryColumn.REQUIRED) {
            if (!seen.containsKey(required)) {
                problems.add(new ImportProblem(header.number(), required.header(), null, null, "missing-column",
                        "the table has no " + required.header() + " column; every candidate needs one"));
            }
        }
    }

    /** Merged cells make it unclear which row a value belongs to: below the title rows they are refused. */
    private static void mergedCellsAreRefused(RawTable raw, int headerRow, List<ImportProblem> problems) {
        raw.merged().stream().filter(m -> m.touchesRowsFrom(headerRow))
                .sorted(java.util.Comparator.comparingInt(RawTable.MergedRegion::firstRow)
                        .thenComparingInt(RawTable.MergedRegion::firstColumn))
                .forEach(m -> problems.add(new ImportProblem(Math.max(m.firstRow(), headerRow), null, m.reference(),
                        null, "merged-cells", "cells " + m.reference() + " are merged; unmerge them and fill in "
                        + "every cell, one candidate per row")));
    }

    /** Values under a blank header (a header that is there but unknown is reported as such already). */
    private static void unnamedColumnsAreRefused(List<RawTable.Row> rows, RawTable.Row header,
                                                 List<ImportProblem> problems) {
        Set<Integer> reported = new java.util.HashSet<>();
        for (RawTable.Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (!row.cell(i).blank() && header.cell(i).blank() && reported.add(i)) {
                    problems.add(new ImportProblem(row.number(), null, ColumnNames.cell(i, row.number()),
                            ShownValues.shown(null, row.cell(i).text()), "unnamed-column", "column "
                            + ColumnNames.letter(i) + " holds values but has no known header; name it or remove it"));
                }
            }
        }
    }

    /**
     * The notice's table whose headers the file's headers all are (extras aside), preferring the closer. Headers,
     * not columns, decide: 学历学位 and 学历 fill the same field but belong to different tables.
     */
    static SummaryLayout layoutOf(List<ColumnMapping> columns) {
        SummaryLayout best = null;
        long bestShared = -1;
        for (SummaryLayout layout : SummaryLayout.values()) {
            Set<String> own = layout.headers().stream().map(SummaryColumn::key).collect(Collectors.toSet());
            boolean fits = columns.stream().allMatch(c -> own.contains(SummaryColumn.key(c.header()))
                    || EXTRAS.contains(c.column()));
            long shared = columns.stream().filter(c -> own.contains(SummaryColumn.key(c.header()))).count();
            if (fits && shared > bestShared) {
                best = layout;
                bestShared = shared;
            }
        }
        return best;
    }

    private static List<String> knownHeaders() {
        return Arrays.stream(SummaryColumn.values()).map(SummaryColumn::header).toList();
    }

    private static String preview(RawTable.Row row) {
        return row.cells().stream().limit(6).filter(c -> !c.blank())
                .map(c -> "'" + ShownValues.shown(null, oneLine(c.text())) + "'").collect(Collectors.joining(", "));
    }

    private static String oneLine(String text) {
        return CellText.fold(text).replaceAll("\\s*\\R\\s*", "");
    }
}
