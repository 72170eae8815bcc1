package org.craftrank.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Applies a quota table to a campaign's units.
 *
 * @param table id of a table from {@code GET /api/quota-tables}
 * @param units for a table of ranges per kind: units to create (or re-kind) under the range; the table's range
 *              also applies to the campaign's existing units of those kinds
 */
@Schema(name = "ApplyQuotaTableRequest")
public record ApplyQuotaTableRequest(
        @NotBlank @Size(max = 63) @Schema(examples = "national-2024") String table,
        @Size(max = 500) List<@Valid @NotNull NamedUnit> units) {

    /** A unit to create under a range table, e.g. {"name": "南京市总工会", "kind": "CITY_UNION"}. */
    @Schema(name = "NamedUnit")
    public record NamedUnit(@NotBlank @Size(max = 100) String name, @NotNull UnitKind kind) {
    }
}
