package org.craftrank.ranking.engine;

/** Patterns in one expert's scoring worth a look (thresholds in {@link ExpertDiagnostics}). */
public enum ExpertFlag {
    /** Scores significantly and (beyond the practical margin) noticeably above the other experts. */
    LENIENT,
    /** Scores significantly and (beyond the practical margin) noticeably below the other experts. */
    SEVERE,
    /** Orders candidates unlike the other experts. */
    INCONSISTENT
}
