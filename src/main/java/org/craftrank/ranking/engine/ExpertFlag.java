package org.craftrank.ranking.engine;

/** Patterns in one expert's scoring worth a look (thresholds in {@link ExpertDiagnostics}). */
public enum ExpertFlag {
    /** Scores significantly above the other experts on the same candidates. */
    LENIENT,
    /** Scores significantly below the other experts on the same candidates. */
    SEVERE,
    /** Orders candidates unlike the other experts. */
    INCONSISTENT
}
