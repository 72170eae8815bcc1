package org.craftrank.web.view;

import org.craftrank.ranking.page.Spread;
import org.craftrank.scoring.page.WeightLabels;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpreadAndWeightLabelsTest {

    private static List<BigDecimal> totals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theSpreadIsLowestMedianAndHighest() {
        Spread odd = Spread.of("AAAAAA", totals("6.5", "7", "9"));
        assertEquals(0, new BigDecimal("6.5").compareTo(odd.min()));
        assertEquals(0, new BigDecimal("7").compareTo(odd.median()));
        assertEquals(0, new BigDecimal("9").compareTo(odd.max()));
        Spread even = Spread.of("BBBBBB", totals("6", "7", "8", "10"));
        assertEquals(0, new BigDecimal("7.5").compareTo(even.median()), "the mean of the two middle totals");
        assertThrows(IllegalArgumentException.class, () -> Spread.of("CCCCCC", List.of()));
    }

    @Test
    void weightsReadAsPercentagesAndAsDecimalsForTheScript() {
        assertEquals("20%", WeightLabels.percent(BigFraction.of(1, 5)));
        assertEquals("33.3%", WeightLabels.percent(BigFraction.of(1, 3)));
        assertEquals("100%", WeightLabels.percent(BigFraction.ONE));
        assertEquals("0.0666666667", WeightLabels.decimal(BigFraction.of(1, 15)));
        assertEquals("0.25", WeightLabels.decimal(BigFraction.of(1, 4)));
    }
}
