package org.craftrank.scoring.sheet;

import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted sheet's weighted totals, exact: each capability's score is the weighted sum of its items, the
 * overall score the weighted sum of the capabilities, both on the items' own scale (0–10). Weights such as 1/3
 * make these non-terminating decimals, so they are kept as fractions and rounded only when shown or stored
 * for sorting ({@link #DECIMAL_SCALE} places).
 */
public record SheetTotals(BigFraction overall, Map<String, BigFraction> capabilities) {

    public static final int DECIMAL_SCALE = 10;

    public SheetTotals {
        capabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(capabilities));
    }

    /** @throws IllegalArgumentException when an item of the model has no score */
    public static SheetTotals of(ScoringModel model, Map<String, BigDecimal> scores) {
        BigFraction overall = BigFraction.ZERO;
        Map<String, BigFraction> byCapability = new LinkedHashMap<>();
        for (Capability capability : model.capabilities()) {
            BigFraction sum = BigFraction.ZERO;
            for (SubIndicator item : capability.subIndicators()) {
                BigDecimal score = scores.get(item.code());
                if (score == null) {
                    throw new IllegalArgumentException("no score for " + item.code());
                }
                sum = sum.add(item.weight().value().multiply(ExactDecimals.toFraction(score)));
            }
            byCapability.put(capability.code(), sum);
            overall = overall.add(capability.weight().value().multiply(sum));
        }
        return new SheetTotals(overall, byCapability);
    }

    /**
     * Stores these totals on the sheet: exact as text and as integer numerator and denominator (what the ranking
     * aggregates), rounded for display and for SQL readers. Validated models keep the fractions far inside a long
     * (denominators of a few dozen); a pathological one fails here, at submit, rather than ranking wrongly.
     */
    void set(ScoreSheet sheet) {
        sheet.totalExact = ExactDecimals.toText(overall);
        sheet.total = decimal(overall);
        sheet.totalNumerator = overall.getNumerator().longValueExact();
        sheet.totalDenominator = overall.getDenominator().longValueExact();
        sheet.capabilityTotals.clear();
        capabilities.forEach((code, value) -> sheet.capabilityTotals.put(code, CapabilityTotal.of(value)));
        sheet.capabilityExact = capabilityText(capabilities);
    }

    /**
     * The capability totals as one text, codes in order: {@code LEAD=17/2;PRAC=7;…} (reduced fractions, a whole
     * number without a denominator). {@link SubmittedTotals} parses it back.
     */
    public static String capabilityText(Map<String, BigFraction> capabilities) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(capabilities).forEach((code, value) -> {
            if (code.indexOf('=') >= 0 || code.indexOf(';') >= 0) {
                throw new IllegalArgumentException("capability code " + code + " contains '=' or ';'");
            }
            text.append(text.isEmpty() ? "" : ";").append(code).append('=').append(ExactDecimals.toText(value));
        });
        return text.toString();
    }

    /** A reopened sheet has no totals until it is submitted again. */
    static void clear(ScoreSheet sheet) {
        sheet.total = null;
        sheet.totalExact = null;
        sheet.totalNumerator = null;
        sheet.totalDenominator = null;
        sheet.capabilityExact = null;
        sheet.capabilityTotals.clear();
    }

    /** Rounded for storage and display; ties to even so repeated rounding does not drift. */
    public static BigDecimal decimal(BigFraction value) {
        return value.bigDecimalValue(DECIMAL_SCALE, RoundingMode.HALF_EVEN);
    }

}
