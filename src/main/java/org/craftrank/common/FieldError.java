package org.craftrank.common;

/**
 * One broken rule on one input field, as reported in a problem+json {@code errors[]} entry.
 *
 * @param field   the offending field, as a JSON path the client sent (e.g. {@code referees[1].employer})
 * @param rule    a stable, machine-readable rule name (e.g. {@code max-length}, {@code known-model})
 * @param message a sentence a person can act on
 */
public record FieldError(String field, String rule, String message) {
}
