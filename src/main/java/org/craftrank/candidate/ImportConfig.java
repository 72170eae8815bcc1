package org.craftrank.candidate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.craftrank.candidate.intake.TableLimits;

/** Bounds on uploaded summary tables (CSV or XLSX). */
@ConfigMapping(prefix = "craftrank.import")
public interface ImportConfig {

    /** Largest file accepted, in bytes (default 5 MiB; a table of a few hundred candidates is well under 1 MiB). */
    @WithDefault("5242880")
    long maxBytes();

    /** Most rows read from a sheet, title and header rows included. */
    @WithDefault("2000")
    int maxRows();

    default TableLimits limits() {
        return new TableLimits(maxBytes(), maxRows(), TableLimits.DEFAULT.maxColumns(), TableLimits.DEFAULT.maxCellChars());
    }
}
