package org.craftrank.campaign.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's official holiday arrangement (放假调休安排) as the State Council General Office announces it: its
 * holidays, each quoting its paragraph of the notice. Pure data, read from {@code holidays/<year>.yaml}.
 */
public record HolidayYear(int year, Source source, List<Holiday> holidays) {

    public HolidayYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** The notice the year is transcribed from. */
    public record Source(String title, String issuer, LocalDate date, String url) {
    }

    /** One holiday: the quoted paragraph, the span of days off and the weekend days worked instead (调休上班). */
    public record Holiday(String name, String text, Span off, List<LocalDate> workdays) {

        public Holiday {
            workdays = workdays == null ? List.of() : List.copyOf(workdays);
        }
    }

    /** Days off, both ends included. */
    public record Span(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }
}
