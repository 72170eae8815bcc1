package org.craftrank.scoring.sheet;

import java.math.BigDecimal;

/**
 * A score as the client sent it: a number, or what was wrong with it ({@code number} when it was not a JSON
 * number, e.g. a string; {@code finite} for NaN or an infinity). Keeps the wire format out of the rules.
 */
public record ScoreValue(BigDecimal value, String problem) {

    public static ScoreValue of(BigDecimal value) {
        return new ScoreValue(value, null);
    }

    public static ScoreValue notANumber() {
        return new ScoreValue(null, "number");
    }

    public static ScoreValue notFinite() {
        return new ScoreValue(null, "finite");
    }

    public static ScoreValue absent() {
        return new ScoreValue(null, null);
    }

    public boolean isPresent() {
        return value != null || problem != null;
    }
}
