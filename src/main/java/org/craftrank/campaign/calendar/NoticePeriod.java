package org.craftrank.campaign.calendar;

import java.time.LocalDate;

/**
 * The minimum length of a public notice (公示期), as a text declares it: "企业公示（不少于5天）" counts calendar days,
 * a notice that says 工作日 counts working days. The last day is the day the period is complete at its end.
 */
public record NoticePeriod(int length, Unit unit) {

    public enum Unit { CALENDAR_DAYS, WORKING_DAYS }

    public NoticePeriod {
        if (length < 1) {
            throw new IllegalArgumentException("a notice period lasts at least one day: " + length);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a notice period says whether it counts calendar or working days");
        }
    }

    /** The last day of a notice that opens on {@code start}, the start day counted. */
    public LocalDate lastDay(LocalDate start, WorkingDayCalendar calendar) {
        return unit == Unit.CALENDAR_DAYS ? start.plusDays(length - 1L) : calendar.lastWorkingDay(start, length);
    }
}
