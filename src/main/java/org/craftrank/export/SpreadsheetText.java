package org.craftrank.export;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection (CSV injection): a text cell that starts with {@code = + - @}, a tab or
 * a carriage return can be run as a formula when the file is opened in Excel or WPS, so it gets a leading
 * apostrophe, the OWASP-recommended escape that spreadsheets display as plain text. Plain numbers such as
 * {@code -1.5} are left alone: they cannot be formulas, and a prefix would turn them into text.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /**
     * Whether a spreadsheet would run the text as a formula: it starts with {@code = + - @}, a tab or a carriage
     * return and is not a plain number. Exports neutralise such text; imports refuse it.
     */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
