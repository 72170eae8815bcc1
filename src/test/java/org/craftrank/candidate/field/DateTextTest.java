package org.craftrank.candidate.field;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01", "2024/5/1", "2024.5.1", "2024年5月1日", "2024年5月1", "20240501",
            "２０２４年５月１日", " 2024-05-01 ", "2024 年 5 月 1 日"})
    void wholeDatesInEveryUsualWriting(String written) {
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), DateText.date(written), written);
        assertEquals(Optional.of(YearMonth.of(2024, 5)), DateText.yearMonth(written), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980.6", "1980.06", "1980-06", "1980/6", "1980年6月", "1980年6", "198006", "１９８０．６"})
    void yearMonthsInEveryUsualWriting(String written) {
        assertEquals(Optional.of(YearMonth.of(1980, 6)), DateText.yearMonth(written), written);
        assertEquals(Optional.empty(), DateText.date(written), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980.13", "2024-02-30", "2024年13月", "80.6", "六月", "1980-6-", "", "2024-05-01x"})
    void monthsAndDaysThatDoNotExistAndOtherTextAreNotDates(String written) {
        assertEquals(Optional.empty(), DateText.yearMonth(written), written);
    }
}
