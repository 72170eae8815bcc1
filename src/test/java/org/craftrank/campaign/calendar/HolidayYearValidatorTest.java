package org.craftrank.campaign.calendar;

import org.craftrank.campaign.HolidayCalendars;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A transcription error in a holiday file is caught against the file's own quote of the notice. */
class HolidayYearValidatorTest {

    private final HolidayYear shipped = HolidayCalendars.shipped().get(0);

    @Test
    void theShippedYearAgreesWithItsQuotes() {
        assertEquals(2026, shipped.year());
        assertEquals(7, shipped.holidays().size());
        assertEquals(List.of(), HolidayYearValidator.faults(shipped));
    }

    @Test
    void aShiftedDateAWrongCountAndAWeekdayWorkdayAreEachFound() {
        HolidayYear.Holiday labourDay = shipped.holidays().get(3);
        // 5月1日 typed as 5月2日: the span no longer has 共5天, and 5月1日 is missing
        HolidayYear.Holiday shifted = new HolidayYear.Holiday(labourDay.name(), labourDay.text(),
                new HolidayYear.Span(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 5)), labourDay.workdays());
        // the adjusted working day typed as a Friday
        HolidayYear.Holiday weekday = new HolidayYear.Holiday(labourDay.name(), labourDay.text(), labourDay.off(),
                List.of(LocalDate.of(2026, 5, 8)));
        // the quote's weekday does not match its date
        HolidayYear.Holiday misquoted = new HolidayYear.Holiday("清明节", "三、清明节：4月4日（周五）至6日（周一）放假，共3天。",
                new HolidayYear.Span(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6)), List.of());
        List<HolidayYear.Holiday> holidays = new ArrayList<>(List.of(shifted, weekday, misquoted));
        List<String> faults = HolidayYearValidator.faults(new HolidayYear(2026, shipped.source(), holidays));
        assertTrue(faults.contains("劳动节: the quote says 共5天 but the span has 4 days"), faults.toString());
        assertTrue(faults.contains("劳动节: 2026-05-02 does not appear in the quote"), faults.toString());
        assertTrue(faults.contains("劳动节: the adjusted working day 2026-05-08 is a weekday already"),
                faults.toString());
        assertTrue(faults.contains("劳动节: 2026-05-08 does not appear in the quote"), faults.toString());
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("清明节: 4月4日（周五）")), faults.toString());
    }
}
