package org.craftrank.scoring.work;

/** Where an expert stands with one assigned candidate, as the work list (page and API) and the sheet page show it. */
public enum SheetState {
    NOT_STARTED, DRAFT, SUBMITTED,
    /** The expert declared a conflict of interest (or another conflict rule applies): no scoring. */
    CONFLICT
}
