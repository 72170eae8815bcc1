package org.craftrank.scoring.page;

import org.craftrank.scoring.sheet.ScoreValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringFormTest {

    private static final List<String> ITEMS = List.of("LEAD1", "LEAD2", "LEAD3");

    @Test
    void readsScoresExactlyAndKeepsWhatWasTyped() {
        ScoringForm.Read read = ScoringForm.read(Map.of("score.LEAD1", " 8.5 ", "score.LEAD2", "0.1",
                "comment.LEAD1", " 很好 ", "overallComment", "总体较好"), ITEMS);
        assertEquals(ScoreValue.of(new BigDecimal("8.5")), read.content().scores().get("LEAD1"));
        assertEquals(0, new BigDecimal("0.1").compareTo(read.content().scores().get("LEAD2").value()),
                "0.1 stays 0.1, no binary floating point");
        assertEquals("8.5", read.entered().get("LEAD1"));
        assertEquals("很好", read.content().comments().get("LEAD1"));
        assertEquals("总体较好", read.overallComment());
    }

    @Test
    void blankItemsAreAbsentNotZero() {
        ScoringForm.Read read = ScoringForm.read(Map.of("score.LEAD1", "  ", "comment.LEAD2", ""), ITEMS);
        assertTrue(read.content().scores().isEmpty());
        assertTrue(read.content().comments().isEmpty());
        assertNull(read.overallComment());
    }

    @Test
    void fullWidthDigitsFromChineseInputMethodsAreNumbers() {
        ScoringForm.Read read = ScoringForm.read(Map.of("score.LEAD1", "７．５", "score.LEAD2", "９。５"), ITEMS);
        assertEquals(0, new BigDecimal("7.5").compareTo(read.content().scores().get("LEAD1").value()));
        assertEquals(0, new BigDecimal("9.5").compareTo(read.content().scores().get("LEAD2").value()));
    }

    @Test
    void anythingElseIsReportedAsNotANumberRatherThanGuessed() {
        for (String text : List.of("abc", "8,5", "1e1", "NaN", "8.5分", "--1", "Infinity")) {
            ScoreValue value = ScoringForm.read(Map.of("score.LEAD1", text), ITEMS).content().scores().get("LEAD1");
            assertEquals("number", value.problem(), text);
            assertNull(value.value(), text);
        }
    }

    @Test
    void fieldsThatAreNotTheModelsItemsAreIgnored() {
        ScoringForm.Read read = ScoringForm.read(Map.of("score.XYZ9", "5", "csrf-token", "t", "action", "save"),
                ITEMS);
        assertFalse(read.content().scores().containsKey("XYZ9"));
        assertTrue(read.content().scores().isEmpty());
    }
}
