package org.craftrank.candidate.page;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules an import reports (the slugs of {@code ImportProblem.rule()}) that the import page words in the page's
 * language ({@code UnitMsg.problem}); a rule not listed here is shown with the service's own sentence.
 */
public enum ImportRule {
    FORMAT("format"), ENCODING("encoding"), MAX_SIZE("max-size"), EMPTY_FILE("empty-file"), EMPTY_SHEET("empty-sheet"),
    CSV_SYNTAX("csv-syntax"), TOO_MANY_ROWS("too-many-rows"), TOO_MANY_COLUMNS("too-many-columns"),
    CELL_TOO_LONG("cell-too-long"), ZIP_BOMB("zip-bomb"), UNREADABLE("unreadable"), HEADER_ROW("header-row"),
    MISSING_COLUMN("missing-column"), UNKNOWN_COLUMN("unknown-column"), DUPLICATE_COLUMN("duplicate-column"),
    UNNAMED_COLUMN("unnamed-column"), MERGED_CELLS("merged-cells"), NO_ROWS("no-rows"), UNIT_REQUIRED("unit-required"),
    REQUIRED("required"), NOT_BLANK("not-blank"), GB11643("gb11643"), DUPLICATE_ID_NUMBER("duplicate-id-number"),
    MATCHES_ID_NUMBER("matches-id-number"), PHONE_FORMAT("phone-format"), DATE_FORMAT("date-format"),
    NOT_FUTURE("not-future"), AFTER_BIRTH("after-birth"), WITHIN_WORKING_LIFE("within-working-life"),
    KNOWN_VALUE("known-value"), KNOWN_GROUP("known-group"), KNOWN_UNIT("known-unit"), AMBIGUOUS_UNIT("ambiguous-unit"),
    UNIT_MISMATCH("unit-mismatch"), UNIT_QUOTA("unit-quota"), MAX_LENGTH("max-length"), SIZE("size"),
    WHOLE_NUMBER("whole-number"), IN_RANGE("in-range"), TEXT_CELL("text-cell"), CELL_ERROR("cell-error"),
    REFEREE_FORMAT("referee-format"), AMBIGUOUS_NUMBER("ambiguous-number");

    private final String slug;

    ImportRule(String slug) {
        this.slug = slug;
    }

    public static Optional<ImportRule> of(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
