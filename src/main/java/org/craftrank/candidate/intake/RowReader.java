package org.craftrank.candidate.intake;

import org.craftrank.candidate.Gender;
import org.craftrank.candidate.field.CellText;
import org.craftrank.candidate.field.DateText;
import org.craftrank.candidate.field.Vocabularies;
import org.craftrank.common.text.TextRules;
import org.craftrank.export.SpreadsheetText;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of a summary table into candidate fields: dates in their many writings, numbers, 是/否, 男/女,
 * the three referee cells. What cannot be read becomes a problem naming the row, column, cell and (masked) value;
 * whether the values are valid candidate data is for the campaign's checks to say afterwards.
 */
final class RowReader {

    private static final Pattern WHOLE_YEARS = Pattern.compile("(\\d{1,2})年?(以上)?");
    /** Excel date serial numbers of 1927 to 2173, for a date typed into a cell formatted as a number. */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("[1-9]\\d{4}");
    /** 1980.1 typed as a number: Excel keeps 1980.10 as 1980.1, so January and October look alike. */
    private static final Pattern AMBIGUOUS_MONTH = Pattern.compile("\\d{4}\\.1");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern REFEREE_SEPARATORS = Pattern.compile("\\s*[,，;；、/|\\n]\\s*");

    private final RawTable.Row row;
    private final Map<SummaryColumn, RawTable.Cell> cells = new EnumMap<>(SummaryColumn.class);
    private final Map<SummaryColumn, String> refs = new EnumMap<>(SummaryColumn.class);
    private final List<ImportProblem> problems = new ArrayList<>();

    private RowReader(RawTable.Row row, Map<Integer, SummaryColumn> byIndex) {
        this.row = row;
        byIndex.forEach((index, column) -> {
            cells.put(column, row.cell(index));
            refs.put(column, ColumnNames.cell(index, row.number()));
        });
    }

    /** The row's outcome, or empty for a row with nothing in the table's columns. */
    static Optional<SummaryTableReader.RowOutcome> read(RawTable.Row row, Map<Integer, SummaryColumn> byIndex) {
        return new RowReader(row, byIndex).read();
    }

    private Optional<SummaryTableReader.RowOutcome> read() {
        if (cells.values().stream().allMatch(RawTable.Cell::blank)) {
            return Optional.empty();
        }
        String sequence = CellText.normalise(text(SummaryColumn.SEQUENCE));
        if (sequence.equals("示例")) {
            return Optional.of(skipped("the form's example row (示例)"));
        }
        if (cells.entrySet().stream().allMatch(e -> e.getKey() == SummaryColumn.SEQUENCE || e.getValue().blank())) {
            return Optional.of(skipped("numbered row " + sequence + " with nothing filled in"));
        }
        cells.forEach((column, cell) -> {
            Optional<String> badText = TextRules.violation(cell.text());
            if (badText.isPresent()) {
                // the value is not shown back: it is what cannot be encoded or displayed safely
                problems.add(new ImportProblem(row.number(), column.header(), refs.get(column), null, badText.get(),
                        TextRules.message(column.header(), badText.get())));
            } else if (cell.kind() == RawTable.CellKind.FORMULA) {
                problem(column, "formula", column.header() + " holds a formula, which is not evaluated; type the value");
            } else if (cell.kind() == RawTable.CellKind.TEXT && SpreadsheetText.isFormulaLike(cell.text())) {
                problem(column, "formula", column.header() + " starts with = + - @, a tab or a carriage return, "
                        + "which a spreadsheet runs as a formula; remove that first character");
            } else if (cell.kind() == RawTable.CellKind.ERROR) {
                problem(column, "cell-error", column.header() + " holds a spreadsheet error; type the value");
            }
        });
        Map<SummaryColumn, String> values = new EnumMap<>(SummaryColumn.class);
        cells.forEach((column, cell) -> values.put(column, cell.text()));
        ImportedCandidate candidate = new ImportedCandidate(row.number(), text(SummaryColumn.UNIT),
                text(SummaryColumn.NAME), gender(), yearMonth(SummaryColumn.BIRTH), text(SummaryColumn.ETHNICITY),
                text(SummaryColumn.EDUCATION), text(SummaryColumn.POLITICAL_STATUS), idNumber(),
                text(SummaryColumn.EMPLOYER), text(SummaryColumn.POSITION), text(SummaryColumn.INDUSTRY),
                text(SummaryColumn.TRADE), text(SummaryColumn.TITLE), text(SummaryColumn.SKILL_LEVEL),
                yearMonth(SummaryColumn.WORK_START), shopFloorYears(), text(SummaryColumn.ENTERPRISE_TYPE),
                text(SummaryColumn.PERSONNEL_CATEGORY), yesNo(SummaryColumn.MIGRANT_WORKER),
                text(SummaryColumn.HONOURS), text(SummaryColumn.AWARDS), referees(),
                text(SummaryColumn.RECOMMENDATION_REASON), text(SummaryColumn.ONE_LINE_REASON),
                text(SummaryColumn.PERSONAL_STATEMENT), text(SummaryColumn.EMPLOYER_ADDRESS), digits(SummaryColumn.POSTCODE),
                digits(SummaryColumn.PHONE), text(SummaryColumn.GROUP), text(SummaryColumn.GROUP_COMPANY),
                yesNo(SummaryColumn.RECOGNISED), yesNo(SummaryColumn.LEADERSHIP_POST),
                yesNo(SummaryColumn.TALENT_PROGRAMME), refs, values);
        return Optional.of(new SummaryTableReader.RowOutcome(row.number(), SummaryTableReader.RowStatus.READ, null,
                candidate, problems));
    }

    private SummaryTableReader.RowOutcome skipped(String why) {
        return new SummaryTableReader.RowOutcome(row.number(), SummaryTableReader.RowStatus.SKIPPED, why, null,
                List.of());
    }

    /** Free text as written, surrounding blanks removed; null when empty or not usable. */
    private String text(SummaryColumn column) {
        RawTable.Cell cell = usable(column);
        return cell == null ? null : cell.text().strip();
    }

    private Gender gender() {
        RawTable.Cell cell = usable(SummaryColumn.GENDER);
        if (cell == null) {
            return null;
        }
        Optional<String> value = Vocabularies.GENDER.canonical(cell.text());
        if (value.isEmpty()) {
            problem(SummaryColumn.GENDER, "known-value", Vocabularies.GENDER.unknownMessage());
            return null;
        }
        return value.get().equals("男") ? Gender.MALE : Gender.FEMALE;
    }

    /** yyyy-MM from a year-month or a date in any usual writing, or from an Excel date cell. */
    private String yearMonth(SummaryColumn column) {
        RawTable.Cell cell = usable(column);
        if (cell == null) {
            return null;
        }
        String text = CellText.normalise(cell.text());
        if (cell.kind() == RawTable.CellKind.NUMBER && AMBIGUOUS_MONTH.matcher(text).matches()) {
            problem(column, "ambiguous-number", column.header() + " " + text + " was typed as a number, and Excel "
                    + "writes 1980.10 as 1980.1 too, so the month is unclear; format the column as text and write "
                    + "the month in two digits (1980.10 or 1980-10)");
            return null;
        }
        Optional<YearMonth> parsed = cell.kind() == RawTable.CellKind.NUMBER && EXCEL_SERIAL.matcher(text).matches()
                ? Optional.of(YearMonth.from(EXCEL_EPOCH.plusDays(Long.parseLong(text))))
                : DateText.yearMonth(text);
        if (parsed.isEmpty()) {
            problem(column, "date-format", column.header() + " is not a year and month; write it like 1980.6, "
                    + "1980-06, 1980年6月 or 1980-06-15");
            return null;
        }
        return parsed.get().toString();
    }

    /** The number as typed (full width folded, blanks removed); a number cell has already lost digits. */
    private String idNumber() {
        RawTable.Cell cell = usable(SummaryColumn.ID_NUMBER);
        if (cell == null) {
            return null;
        }
        if (cell.kind() == RawTable.CellKind.NUMBER) {
            problem(SummaryColumn.ID_NUMBER, "text-cell", "身份证号 is stored as a number, and Excel keeps only 15 "
                    + "digits of a number; format the column as text and type the numbers again");
            return null;
        }
        return CellText.normalise(cell.text());
    }

    private Integer shopFloorYears() {
        RawTable.Cell cell = usable(SummaryColumn.SHOP_FLOOR_YEARS);
        if (cell == null) {
            return null;
        }
        Matcher m = WHOLE_YEARS.matcher(CellText.normalise(cell.text()));
        if (!m.matches()) {
            problem(SummaryColumn.SHOP_FLOOR_YEARS, "whole-number", "生产现场工作年限 must be a whole number of years, "
                    + "e.g. 10");
            return null;
        }
        return Integer.parseInt(m.group(1));
    }

    private Boolean yesNo(SummaryColumn column) {
        RawTable.Cell cell = usable(column);
        if (cell == null) {
            return null;
        }
        Optional<String> value = Vocabularies.YES_NO.canonical(cell.text());
        if (value.isEmpty()) {
            problem(column, "known-value", column.header() + " must be 是 or 否");
            return null;
        }
        return value.get().equals("是");
    }

    /** Digits as typed (postcode, phone); a postcode typed as a number has lost its leading zero. */
    private String digits(SummaryColumn column) {
        RawTable.Cell cell = usable(column);
        if (cell == null) {
            return null;
        }
        String text = CellText.normalise(cell.text());
        if (column == SummaryColumn.POSTCODE && cell.kind() == RawTable.CellKind.NUMBER && text.length() < 6) {
            problem(column, "text-cell", "邮编 was typed as a number and lost its leading 0; format the column as text");
            return null;
        }
        return text;
    }

    private List<ImportedCandidate.Referee> referees() {
        List<ImportedCandidate.Referee> referees = new ArrayList<>();
        for (SummaryColumn column : List.of(SummaryColumn.REFEREE_1, SummaryColumn.REFEREE_2, SummaryColumn.REFEREE_3)) {
            RawTable.Cell cell = usable(column);
            if (cell == null) {
                continue;
            }
            String text = cell.text().strip();
            List<String> parts = Arrays.stream(REFEREE_SEPARATORS.split(text)).filter(p -> !p.isBlank()).toList();
            if (parts.size() == 1) {
                parts = Arrays.stream(text.split("\\s+")).toList();
            }
            if (parts.size() < 2) {
                problem(column, "referee-format", column.header() + ": write 姓名，单位，职务 separated by commas "
                        + "(e.g. 李四，某某集团有限公司，首席技师)");
                continue;
            }
            String title = parts.size() >= 3 ? parts.get(parts.size() - 1) : null;
            String employer = String.join("，", parts.subList(1, parts.size() >= 3 ? parts.size() - 1 : 2));
            referees.add(new ImportedCandidate.Referee(parts.get(0), employer, title));
        }
        return referees;
    }

    /** The cell if it holds something that may be read (not a formula or an error), else null. */
    private RawTable.Cell usable(SummaryColumn column) {
        RawTable.Cell cell = cells.get(column);
        if (cell == null || cell.blank() || cell.kind() == RawTable.CellKind.FORMULA
                || cell.kind() == RawTable.CellKind.ERROR || TextRules.violation(cell.text()).isPresent()
                || cell.kind() == RawTable.CellKind.TEXT && SpreadsheetText.isFormulaLike(cell.text())) {
            return null;
        }
        return cell;
    }

    private void problem(SummaryColumn column, String rule, String message) {
        RawTable.Cell cell = cells.get(column);
        problems.add(new ImportProblem(row.number(), column.header(), refs.get(column),
                ShownValues.shown(column, cell == null ? null : cell.text()), rule, message));
    }
}
