package org.craftrank.candidate.intake;

/**
 * Bounds on an uploaded table, so a hostile or mistaken file cannot exhaust the service.
 *
 * @param maxBytes   largest file accepted
 * @param maxRows    most rows read from a sheet (the header and title rows included)
 * @param maxColumns most columns read from a row
 * @param maxCellChars longest cell text kept
 */
public record TableLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {

    public static final TableLimits DEFAULT = new TableLimits(5L * 1024 * 1024, 2000, 100, 10_000);
}
