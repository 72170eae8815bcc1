package org.craftrank.candidate.field;

import java.text.Normalizer;

/**
 * Text as typed into forms and spreadsheets: full-width digits and letters (１９８０), ideographic spaces and
 * line breaks inside cells. {@link #normalise} folds them (NFKC) for values that are codes, numbers or dates;
 * free text keeps what the person wrote.
 */
public final class CellText {

    private CellText() {
    }

    /** NFKC (full width to half width) and every kind of blank removed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
    }

    /** NFKC with surrounding blanks stripped, inner single spaces kept (for values like "139 1234 5678"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u3000', ' ').strip();
    }

    public static boolean blank(String text) {
        return text == null || normalise(text).isEmpty();
    }
}
