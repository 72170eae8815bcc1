package org.craftrank.ranking.engine;

/**
 * A note on an entry's score as a code with its parameters, for a page to word in the reader's language; the
 * English text of the same note is in {@link EntryExplanation#notes()}.
 *
 * @param kind       what happened
 * @param capability the capability code the note is about, or null for the total
 * @param expert     the expert concerned (LEFT_OUT_*), else null
 * @param value      LEFT_OUT_NO_SPREAD: the one value the expert gave; LEFT_OUT_TOO_FEW_SHEETS: the expert's sheet
 *                   count; DESIGN_GROUP: the group's number (from 1); else null
 * @param of         LEFT_OUT_TOO_FEW_SHEETS: the minimum; DESIGN_GROUP: how many groups; else null
 */
public record EntryNote(Kind kind, String capability, String expert, String value, String of) {

    public enum Kind {
        /** Z_SCORE: none of the candidate's experts could be standardised; the exact raw mean stands in. */
        RAW_MEAN_STANDS_IN,
        /** Z_SCORE: an expert's value left out of the average: all that expert's values are equal. */
        LEFT_OUT_NO_SPREAD,
        /** Z_SCORE: an expert's value left out of the average: that expert has too few sheets for a scale. */
        LEFT_OUT_TOO_FEW_SHEETS,
        /** BIAS_MODEL: the design is not connected; the score compares net of bias only within its group. */
        DESIGN_GROUP
    }
}
