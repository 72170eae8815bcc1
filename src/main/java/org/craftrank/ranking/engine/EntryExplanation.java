package org.craftrank.ranking.engine;

import java.util.List;

/**
 * How an entry's score and position came about.
 *
 * @param trimmedScores   TRIMMED_MEAN: the totals dropped from the mean, and whose they were
 * @param againstPrevious how its order against the entry above was decided, when their scores are equal; else null
 * @param againstNext     how its order against the entry below was decided, when their scores are equal; else null
 * @param notes           anything else: scores left out of a z-score average, the design group of a bias fit
 *                        (English)
 * @param noteCodes       the same notes as codes with parameters, for a page to word in the reader's language
 */
public record EntryExplanation(List<TrimmedScore> trimmedScores, TieBreakDecision againstPrevious,
                               TieBreakDecision againstNext, List<String> notes, List<EntryNote> noteCodes) {

    public EntryExplanation {
        trimmedScores = List.copyOf(trimmedScores);
        notes = List.copyOf(notes);
        noteCodes = List.copyOf(noteCodes);
    }

    public EntryExplanation(List<TrimmedScore> trimmedScores, TieBreakDecision againstPrevious,
                            TieBreakDecision againstNext, List<String> notes) {
        this(trimmedScores, againstPrevious, againstNext, notes, List.of());
    }
}
