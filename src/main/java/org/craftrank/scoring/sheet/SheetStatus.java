package org.craftrank.scoring.sheet;

/** DRAFT: the expert may save any number of times. SUBMITTED: complete and read-only until an admin reopens it. */
public enum SheetStatus {
    DRAFT, SUBMITTED
}
