package org.craftrank.campaign.calendar;

import org.craftrank.campaign.HolidayCalendars;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working days of 2026 as the State Council's notice arranges them, and notice periods counted on them. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayCalendars.shipped());

    @Test
    void holidaysAreOffAndTheWeekendsWorkedInsteadAreWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 1, 1)), "元旦, a Thursday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 1, 4)), "1月4日（周日）上班");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "2月14日（周六）上班");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 23)), "the last day of 春节, a Monday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 24)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 7)), "an ordinary Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 20)), "9月20日（周日）上班");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 7)), "国庆节, a Wednesday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "10月10日（周六）上班");
    }

    @Test
    void aNoticeOfFiveWorkingDaysStretchesOverAHoliday() {
        // Opens Tuesday 29 September: 29, 30 September, then 1–7 October off, then Thursday 8, Friday 9 and the
        // adjusted Saturday 10 October.
        assertEquals(LocalDate.of(2026, 10, 10), calendar.lastWorkingDay(LocalDate.of(2026, 9, 29), 5));
        // An ordinary week: Monday to Friday.
        assertEquals(LocalDate.of(2026, 3, 13), calendar.lastWorkingDay(LocalDate.of(2026, 3, 9), 5));
        // Opened on a Saturday, the count starts on Monday.
        assertEquals(LocalDate.of(2026, 3, 13), calendar.lastWorkingDay(LocalDate.of(2026, 3, 7), 5));
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 10)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
    }

    @Test
    void calendarDaysCountWeekendsAndHolidaysAlike() {
        NoticePeriod fiveDays = new NoticePeriod(5, NoticePeriod.Unit.CALENDAR_DAYS); // 企业公示（不少于5天）
        assertEquals(LocalDate.of(2026, 10, 3), fiveDays.lastDay(LocalDate.of(2026, 9, 29), calendar));
        NoticePeriod fiveWorkingDays = new NoticePeriod(5, NoticePeriod.Unit.WORKING_DAYS);
        assertEquals(LocalDate.of(2026, 10, 10), fiveWorkingDays.lastDay(LocalDate.of(2026, 9, 29), calendar));
        assertThrows(IllegalArgumentException.class, () -> new NoticePeriod(0, NoticePeriod.Unit.WORKING_DAYS));
    }

    @Test
    void aYearWithoutItsNoticeOnFileIsRefusedNamingIt() {
        // 24 December 2026 + 10 working days reaches into 2027, whose arrangement is not on file.
        WorkingDayCalendar.NoHolidayCalendarException refused = assertThrows(
                WorkingDayCalendar.NoHolidayCalendarException.class,
                () -> calendar.lastWorkingDay(LocalDate.of(2026, 12, 24), 10));
        assertEquals(2027, refused.year());
        assertTrue(refused.getMessage().contains("holidays/2027.yaml"));
        assertThrows(WorkingDayCalendar.NoHolidayCalendarException.class,
                () -> new WorkingDayCalendar(List.of()).isWorkingDay(LocalDate.of(2026, 5, 6)));
    }
}
