package org.craftrank.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tX", "\rX", "=HYPERLINK(\"http://x\")"})
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe(String text) {
        assertEquals("'" + text, SpreadsheetText.neutralise(text));
    }

    @ParameterizedTest
    @CsvSource({"K7QM2X", "-1.5", "85", "0.25", "并列，待评审委员会决定", "a=b"})
    void plainTextAndNumbersAreLeftAlone(String text) {
        assertEquals(text, SpreadsheetText.neutralise(text));
    }
}
