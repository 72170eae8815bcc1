package org.craftrank.candidate.intake;

/**
 * A file that cannot be read as a table at all (not UTF-8, not a workbook, a zip bomb, too large, empty...).
 * The message says what to do about it and never repeats the file's content.
 */
public class TableFileException extends RuntimeException {

    private final String rule;

    public TableFileException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
