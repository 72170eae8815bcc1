package org.craftrank.campaign;

import org.craftrank.campaign.calendar.HolidayYear;

import java.util.List;

/** The holiday calendars the application ships, read and checked as at start, for tests outside the package. */
public final class HolidayCalendars {

    private HolidayCalendars() {
    }

    public static List<HolidayYear> shipped() {
        return HolidayCalendarCatalog.load();
    }
}
