package org.craftrank.scoring.sheet;

import org.craftrank.common.FieldError;
import org.craftrank.model.ScoringModelReader;
import org.craftrank.model.definition.ScoringModel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetRulesTest {

    static final ScoringModel MODEL = NationalModel.load();

    private static Map<String, ScoreValue> all(String score) {
        Map<String, ScoreValue> scores = new HashMap<>();
        MODEL.subIndicators().forEach(i -> scores.put(i.code(), ScoreValue.of(new BigDecimal(score))));
        return scores;
    }

    private static List<String> rules(Map<String, ScoreValue> scores, boolean submitting) {
        return new SheetRules(MODEL).check(scores, Map.of(), submitting).stream()
                .map(e -> e.field() + ":" + e.rule()).toList();
    }

    @Test
    void aCompleteSheetOnTheScalePasses() {
        assertTrue(rules(all("7.5"), true).isEmpty());
        assertTrue(rules(all("0"), true).isEmpty());
        assertTrue(rules(all("10.0"), true).isEmpty());
    }

    @Test
    void outOfRangeOffStepAndBadValuesNameTheItem() {
        Map<String, ScoreValue> scores = all("5");
        scores.put("LEAD1", ScoreValue.of(new BigDecimal("10.5")));
        scores.put("LEAD2", ScoreValue.of(new BigDecimal("7.25")));
        scores.put("LEAD3", ScoreValue.notANumber());
        scores.put("PRAC1", ScoreValue.notFinite());
        scores.put("PRAC2", ScoreValue.of(new BigDecimal("-0.5")));
        assertEquals(List.of("items.LEAD1.score:in-range", "items.LEAD2.score:on-step",
                "items.LEAD3.score:number", "items.PRAC1.score:finite", "items.PRAC2.score:in-range"),
                rules(scores, false));
    }

    @Test
    void draftsMayBePartialSubmitsMayNot() {
        Map<String, ScoreValue> partial = Map.of("LEAD1", ScoreValue.of(BigDecimal.ONE));
        assertTrue(rules(partial, false).isEmpty());
        List<String> missing = rules(partial, true);
        assertEquals(14, missing.size());
        assertTrue(missing.stream().allMatch(r -> r.endsWith(":required")));
    }

    @Test
    void unknownItemsAndLongCommentsAreRefused() {
        List<FieldError> errors = new SheetRules(MODEL).check(Map.of("ZZZ1", ScoreValue.of(BigDecimal.ONE)),
                Map.of("LEAD1", "x".repeat(SheetRules.MAX_ITEM_COMMENT + 1)), false);
        assertEquals(List.of("items.ZZZ1:known-item", "items.LEAD1.comment:max-length"),
                errors.stream().map(e -> e.field() + ":" + e.rule()).toList());
    }

    @Test
    void totalsAreExactWeightedSums() {
        Map<String, BigDecimal> scores = new HashMap<>();
        MODEL.subIndicators().forEach(i -> scores.put(i.code(), new BigDecimal("6")));
        scores.put("LEAD1", new BigDecimal("10"));
        scores.put("LEAD2", new BigDecimal("9.5"));
        scores.put("PRAC1", new BigDecimal("7"));
        SheetTotals totals = SheetTotals.of(MODEL, scores);
        // LEAD (10 + 9.5 + 6)/3 = 17/2; PRAC (7 + 6 + 6)/3 = 19/3; others 6.
        assertEquals("17/2", totals.capabilities().get("LEAD").toString().replace(" / ", "/"));
        assertEquals(new BigDecimal("6.3333333333"), SheetTotals.decimal(totals.capabilities().get("PRAC")));
        // overall = (17/2 + 19/3 + 18)/5 = (51 + 38 + 108)/30 = 197/30
        assertEquals(new BigDecimal("6.5666666667"), SheetTotals.decimal(totals.overall()));
        assertEquals(org.apache.commons.numbers.fraction.BigFraction.of(197, 30), totals.overall());
        assertThrows(IllegalArgumentException.class, () -> SheetTotals.of(MODEL, Map.of()));
    }

    @Test
    void bodiesAreReadExactlyAndBadScoresBecomeNamedProblems() {
        SheetContent c = SheetBodyReader.read("{\"items\": {\"LEAD1\": {\"score\": 0.1}, \"LEAD2\": {\"score\": NaN},"
                + " \"LEAD3\": {\"score\": \"8\"}, \"PRAC1\": {\"comment\": \"好\"}}, \"overallComment\": \"总体\"}");
        assertEquals(new BigDecimal("0.1"), c.scores().get("LEAD1").value());
        assertEquals("finite", c.scores().get("LEAD2").problem());
        assertEquals("number", c.scores().get("LEAD3").problem());
        assertEquals("好", c.comments().get("PRAC1"));
        assertEquals("总体", c.overallComment());
        assertEquals(null, SheetBodyReader.read("  "));
    }

    @Test
    void entityTagsCompareAsHttpSays() {
        assertTrue(SheetVersions.matches(null, "\"v3\""));
        assertTrue(SheetVersions.matches("\"v1\", \"v3\"", "\"v3\""));
        assertTrue(SheetVersions.matches("W/\"v3\"", "\"v3\""));
        assertTrue(!SheetVersions.matches("\"v2\"", "\"v3\""));
    }

    /** Reads the real 2024 national model from scoring-models/. */
    static final class NationalModel {
        static ScoringModel load() {
            try {
                return new ScoringModelReader().read("national-2024.yaml",
                        java.nio.file.Files.readString(Path.of("scoring-models/national-2024.yaml"))).model();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
