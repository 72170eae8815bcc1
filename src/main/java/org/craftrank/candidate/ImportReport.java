package org.craftrank.candidate;

import org.craftrank.candidate.intake.ImportProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What an import of a summary table found: how the columns were understood, every row with its status, and every
 * broken rule with row, column, cell and value (ID and phone numbers masked).
 *
 * @param committed true when the candidates were stored (never for a dry run, never partly)
 * @param layout    the notice's table the headers follow, or null for another selection of known columns
 */
@Schema(name = "ImportReport")
public record ImportReport(boolean dryRun, boolean committed, String format, String sheet, String layout,
                           Integer headerRow, List<ColumnView> columns, Counts counts, List<RowView> rows,
                           List<ImportProblem> problems) {

    /** A header of the file: its cell, its text, the column it was taken as and the candidate field it fills. */
    public record ColumnView(String cell, String header, String column, String field) {
    }

    public record Counts(int rows, int accepted, int rejected, int skipped, int problems) {
    }

    /**
     * @param status ACCEPTED (no problem), REJECTED (see problems) or SKIPPED (the form's example row, an empty
     *               numbered row)
     * @param candidateId set once the import is committed
     */
    public record RowView(int row, String status, String name, String unit, Long candidateId, String note) {
    }
}
