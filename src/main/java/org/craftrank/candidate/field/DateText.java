package org.craftrank.candidate.field;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and year-months as people write them in the summary tables: 1980.6 (the notices' own example),
 * 1980-06, 1980/6, 1980年6月, 198006, and whole dates 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, 20240501 —
 * in full- or half-width digits. Anything else, or a month or day that does not exist, is not a date.
 */
public final class DateText {

    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?"),
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"));
    private static final List<Pattern> YEAR_MONTHS = List.of(
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月?"),
            Pattern.compile("(\\d{4})(\\d{2})"));

    private DateText() {
    }

    /** A whole date, if {@code written} is one. */
    public static Optional<LocalDate> date(String written) {
        String text = CellText.normalise(written);
        for (Pattern pattern : DATES) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The year and month of {@code written}: a year-month, or the month of a whole date. */
    public static Optional<YearMonth> yearMonth(String written) {
        Optional<LocalDate> date = date(written);
        if (date.isPresent()) {
            return date.map(YearMonth::from);
        }
        String text = CellText.normalise(written);
        for (Pattern pattern : YEAR_MONTHS) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                try {
                    return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
