package org.craftrank.campaign.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a transcribed year against its own quotes, so a typo in a date cannot pass silently: every date lies in
 * the year, a span runs forward and has as many days as its quote says (共N天), every weekday the quote names
 * (1月1日（周四）) is that date's weekday, every date of the entry appears in the quote, and an adjusted working
 * day falls on a weekend. Answers every fault found, each naming the holiday.
 */
public final class HolidayYearValidator {

    /** "1月1日（周四）", "3日（周六）", "2月15日（农历腊月二十八、周日）": a date, its month optional, then its weekday. */
    private static final Pattern DATED = Pattern.compile("(?:(\\d{1,2})月)?(\\d{1,2})日[（(][^）)]*?周([一二三四五六日])[）)]");
    private static final Pattern DAYS = Pattern.compile("共(\\d+)天");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("一", DayOfWeek.MONDAY, "二", DayOfWeek.TUESDAY,
            "三", DayOfWeek.WEDNESDAY, "四", DayOfWeek.THURSDAY, "五", DayOfWeek.FRIDAY, "六", DayOfWeek.SATURDAY,
            "日", DayOfWeek.SUNDAY);

    private HolidayYearValidator() {
    }

    public static List<String> faults(HolidayYear year) {
        List<String> faults = new ArrayList<>();
        if (year.source() == null || year.source().title() == null || year.source().date() == null) {
            faults.add("the year names no source notice (title and date)");
        }
        if (year.holidays().isEmpty()) {
            faults.add("the year lists no holidays");
        }
        for (HolidayYear.Holiday holiday : year.holidays()) {
            String name = holiday.name();
            String text = holiday.text() == null ? "" : holiday.text();
            HolidayYear.Span off = holiday.off();
            if (off == null || off.from() == null || off.to() == null) {
                faults.add(name + ": no span of days off");
                continue;
            }
            List<LocalDate> dates = new ArrayList<>(holiday.workdays());
            dates.add(off.from());
            dates.add(off.to());
            for (LocalDate date : dates) {
                if (date.getYear() != year.year()) {
                    faults.add(name + ": " + date + " is not in " + year.year());
                }
            }
            if (off.to().isBefore(off.from())) {
                faults.add(name + ": the days off end (" + off.to() + ") before they begin (" + off.from() + ")");
            }
            Matcher days = DAYS.matcher(text);
            if (days.find() && Long.parseLong(days.group(1)) != off.days()) {
                faults.add(name + ": the quote says " + days.group(0) + " but the span has " + off.days() + " days");
            }
            List<LocalDate> quoted = quotedDates(year.year(), text, off.from().getMonthValue(), name, faults);
            for (LocalDate date : dates) {
                if (!quoted.contains(date)) {
                    faults.add(name + ": " + date + " does not appear in the quote");
                }
            }
            for (LocalDate workday : holiday.workdays()) {
                if (workday.getDayOfWeek() != DayOfWeek.SATURDAY && workday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    faults.add(name + ": the adjusted working day " + workday + " is a weekday already");
                }
                if (off.contains(workday)) {
                    faults.add(name + ": " + workday + " is both a day off and a working day");
                }
            }
        }
        return faults;
    }

    /** The dates the quote names with their weekdays; a weekday that does not match its date is a fault. */
    private static List<LocalDate> quotedDates(int year, String text, int firstMonth, String name,
                                               List<String> faults) {
        List<LocalDate> dates = new ArrayList<>();
        int month = firstMonth;
        Matcher m = DATED.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                month = Integer.parseInt(m.group(1));
            }
            LocalDate date;
            try {
                date = LocalDate.of(year, month, Integer.parseInt(m.group(2)));
            } catch (java.time.DateTimeException e) {
                faults.add(name + ": the quote names a date that does not exist: " + m.group(0));
                continue;
            }
            if (date.getDayOfWeek() != WEEKDAYS.get(m.group(3))) {
                faults.add(name + ": " + m.group(0) + " — " + date + " is a " + date.getDayOfWeek());
            }
            dates.add(date);
        }
        return dates;
    }
}
