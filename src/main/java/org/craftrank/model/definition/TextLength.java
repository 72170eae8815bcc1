package org.craftrank.model.definition;

/**
 * How the notices' "N字以内" limits are counted: characters as a reader sees them (Unicode code points, so a rare
 * character outside the basic plane counts once), after surrounding blanks are dropped. One definition for the
 * input checks and the formal review, so both always agree.
 */
public final class TextLength {

    private TextLength() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }
}
