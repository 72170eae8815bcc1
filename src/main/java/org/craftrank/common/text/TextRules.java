package org.craftrank.common.text;

import java.util.Optional;

/**
 * What a text value may contain, for every way text comes in (JSON bodies, page forms, imports): no lone UTF-16
 * surrogate (it cannot be encoded, so it breaks the audit log and every export) and no control character
 * (NUL among them: PostgreSQL refuses it in text, and exports would carry it raw) other than TAB, CR and LF.
 * Pure: no framework.
 */
public final class TextRules {

    /** Rule code of a value with a lone surrogate. */
    public static final String LONE_SURROGATE = "lone-surrogate";
    /** Rule code of a value with a control character. */
    public static final String CONTROL_CHARACTER = "control-character";

    private TextRules() {
    }

    /** The rule the text breaks, if any. */
    public static Optional<String> violation(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(LONE_SURROGATE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
            if (isForbiddenControl(c)) {
                return Optional.of(CONTROL_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** A sentence for the rule, naming the field but never repeating the value. */
    public static String message(String field, String rule) {
        return switch (rule) {
            case LONE_SURROGATE -> field + ": contains an unpaired UTF-16 surrogate (not a valid character)";
            default -> field + ": contains a control character (only tab, carriage return and line feed are allowed)";
        };
    }

    private static boolean isForbiddenControl(char c) {
        if (c == '\t' || c == '\r' || c == '\n') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
