package org.craftrank.ranking;

import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.common.FieldErrors;

import java.util.Arrays;
import java.util.Locale;

/**
 * The optional {@code method} and {@code trimCount} query parameters, parsed here rather than by JAX-RS so that a
 * typo gets a 400 naming the parameter and its allowed values (a failed conversion would otherwise be a bare 404).
 */
public record RankingQuery(AggregationMethod method, Integer trimCount) {

    public static RankingQuery parse(String method, String trimCount) {
        FieldErrors errors = new FieldErrors();
        AggregationMethod parsedMethod = null;
        if (method != null && !method.isBlank()) {
            try {
                parsedMethod = AggregationMethod.valueOf(method.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("method", "known-method", "unknown method '" + method + "'; use one of "
                        + Arrays.toString(AggregationMethod.values()));
            }
        }
        Integer parsedTrim = null;
        if (trimCount != null && !trimCount.isBlank()) {
            try {
                parsedTrim = Integer.valueOf(trimCount.trim());
            } catch (NumberFormatException e) {
                errors.add("trimCount", "integer", "trimCount must be a whole number, was '" + trimCount + "'");
            }
        }
        errors.throwIfAny();
        return new RankingQuery(parsedMethod, parsedTrim);
    }
}
