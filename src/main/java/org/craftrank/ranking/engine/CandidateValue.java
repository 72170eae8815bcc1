package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.util.List;

/**
 * One candidate's aggregated value for one measure, or why there is none.
 *
 * @param value             the value (exact, or a floating-point result converted by {@link Decimals}); null when
 *                          unavailable
 * @param unavailableReason why there is no value; null when there is one
 * @param trimmed           TRIMMED_MEAN: the values dropped
 * @param notes             explanations for a reader
 * @param rawFallback       Z_SCORE: the raw mean stands in because no expert could be standardised
 * @param noteCodes         the notes as codes, for a page to word (same order as {@code notes})
 */
record CandidateValue(BigFraction value, String unavailableReason, List<TrimmedScore> trimmed, List<String> notes,
                      boolean rawFallback, List<EntryNote> noteCodes) {

    CandidateValue {
        trimmed = List.copyOf(trimmed);
        notes = List.copyOf(notes);
        noteCodes = List.copyOf(noteCodes);
    }

    CandidateValue(BigFraction value, String unavailableReason, List<TrimmedScore> trimmed, List<String> notes,
                   boolean rawFallback) {
        this(value, unavailableReason, trimmed, notes, rawFallback, List.of());
    }

    static CandidateValue of(BigFraction value) {
        return new CandidateValue(value, null, List.of(), List.of(), false);
    }

    static CandidateValue unavailable(String reason) {
        return new CandidateValue(null, reason, List.of(), List.of(), false);
    }

    boolean available() {
        return value != null;
    }
}
