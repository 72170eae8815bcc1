package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sheets, tie-break steps and requests refuse what the engine could not rank by. */
class InputTypesTest {

    @Test
    void tieBreakStepsAreReadAsWrittenInCampaignSettings() {
        assertEquals(List.of(TieBreakStep.capability("PRAC"), TieBreakStep.MEDIAN, TieBreakStep.HIGHER_RANKED_COUNT),
                TieBreakStep.parseAll(List.of("CAPABILITY:PRAC", " MEDIAN ", "HIGHER_RANKED_COUNT")));
        assertEquals("CAPABILITY:PRAC", TieBreakStep.capability("PRAC").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CAPABILITY:", "MEAN", "median", "CAPABILITY"})
    void anythingElseIsNotATieBreakStep(String text) {
        assertThrows(IllegalArgumentException.class, () -> TieBreakStep.parse(text));
    }

    @Test
    void aSheetNeedsIdsAndTotals() {
        Map<String, BigDecimal> none = Map.of();
        assertThrows(IllegalArgumentException.class, () -> SheetScore.ofDecimals(" ", "C1", BigDecimal.ONE, none));
        assertThrows(IllegalArgumentException.class, () -> SheetScore.ofDecimals("E1", "", BigDecimal.ONE, none));
        assertThrows(NullPointerException.class, () -> SheetScore.ofDecimals("E1", "C1", null, none));
        Map<String, BigDecimal> withNull = new HashMap<>();
        withNull.put("PRAC", null);
        assertThrows(NullPointerException.class, () -> SheetScore.ofDecimals("E1", "C1", BigDecimal.ONE, withNull));
    }

    @Test
    void aNumericCandidateIdIsKeptAsItsDecimalText() {
        assertEquals("42", new SheetScore("E1", 42L, org.apache.commons.numbers.fraction.BigFraction.ONE, Map.of()).candidateId());
    }

    @Test
    void aNegativeTrimCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RankingRequest(AggregationMethod.TRIMMED_MEAN, -1, List.of()));
    }

    @Test
    void idsThatAreNumbersSortAsNumbersAndBeforeText() {
        List<String> ids = new java.util.ArrayList<>(List.of("b", "10", "9", "a", "010", "100"));
        ids.sort(IdOrder.NATURAL);
        assertEquals(List.of("9", "010", "10", "100", "a", "b"), ids);
    }
}
