package org.craftrank.campaign.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days in mainland China: Monday to Friday, except the official days off, plus the weekend days worked
 * instead (调休上班), for the years whose notice is on file. A question about a year without one is refused
 * ({@link NoHolidayCalendarException}) rather than answered from weekends alone, which would be wrong around
 * every long holiday.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, HolidayYear> years = new TreeMap<>();
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> adjustedWorkdays = new HashSet<>();

    public WorkingDayCalendar(Collection<HolidayYear> known) {
        for (HolidayYear year : known) {
            years.put(year.year(), year);
            for (HolidayYear.Holiday holiday : year.holidays()) {
                for (LocalDate d = holiday.off().from(); !d.isAfter(holiday.off().to()); d = d.plusDays(1)) {
                    daysOff.add(d);
                }
                adjustedWorkdays.addAll(holiday.workdays());
            }
        }
    }

    /** The years the calendar can answer for. */
    public Set<Integer> years() {
        return years.keySet();
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!years.containsKey(day.getYear())) {
            throw new NoHolidayCalendarException(day.getYear());
        }
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    /**
     * The day on which a period of {@code count} working days that opens on {@code start} ends: the start day
     * counts when it is a working day, as a notice posted on a working morning runs that day.
     */
    public LocalDate lastWorkingDay(LocalDate start, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day: " + count);
        }
        LocalDate day = start;
        int seen = isWorkingDay(day) ? 1 : 0;
        while (seen < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                seen++;
            }
        }
        return day;
    }

    /** Working days from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** A date in a year whose official holiday notice is not on file. */
    public static final class NoHolidayCalendarException extends RuntimeException {

        private final int year;

        public NoHolidayCalendarException(int year) {
            super("no official holiday calendar for " + year + " is on file (holidays/" + year + ".yaml)");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
