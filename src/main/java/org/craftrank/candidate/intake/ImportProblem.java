package org.craftrank.candidate.intake;

/**
 * One broken rule of an import, as the report shows it.
 *
 * @param row     the spreadsheet row number (null for a problem of the whole file)
 * @param column  the column's header (null when the problem is not about one column)
 * @param cell    the cell reference, e.g. H5, when known
 * @param value   what the cell holds; ID and phone numbers masked, long texts shortened
 * @param rule    stable slug, e.g. {@code gb11643}, {@code unit-quota}
 * @param message what is wrong and how to put it right
 */
public record ImportProblem(Integer row, String column, String cell, String value, String rule, String message) {

    public static ImportProblem ofFile(String rule, String message) {
        return new ImportProblem(null, null, null, null, rule, message);
    }
}
