package org.craftrank.audit;

/** Everything the audit log records. Later features add their own actions here. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_PASSWORD_RESET,
    /** A user changed their own password (the other sessions end). */
    ACCOUNT_PASSWORD_CHANGED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    PERSONAL_DATA_REVEALED,
    ASSIGNMENT_CREATED,
    ASSIGNMENT_REMOVED,
    /** A summary of one committed automatic assignment: its parameters and counts. */
    AUTO_ASSIGNMENT_RUN,
    CONFLICT_DECLARED,
    SHEET_SAVED,
    SHEET_SUBMITTED,
    SHEET_REOPENED,
    /** The committee or the secretariat pulled a ranking, its diagnostics, a comparison or an export. */
    RANKING_PULLED,
    SHORTLIST_RULES_CHANGED,
    SHORTLIST_PROPOSED,
    /** 审定: a shortlist version adopted; the campaign moves to APPROVED. */
    SHORTLIST_ADOPTED,
    /** ADMIN looked behind the codes of the adopted list, with a reason. */
    SHORTLIST_DEANONYMISED,
    OBJECTION_RECORDED,
    OBJECTION_DECIDED,
    /** 公布: the list is frozen with its checksum. */
    CAMPAIGN_PUBLISHED,
    /** A campaign's settings changed (name, year, aggregation, shortlist size, conflict rules, blind scoring). */
    CAMPAIGN_SETTINGS_CHANGED,
    QUOTA_TABLE_APPLIED,
    /** 上报: a unit submitted its list of candidates, which locks it for the unit. */
    UNIT_LIST_SUBMITTED,
    /** 退回: the secretariat returned a unit's submitted list with a reason. */
    UNIT_LIST_RETURNED,
    CANDIDATES_IMPORTED,
    FORMAL_REVIEW_RUN,
    FORMAL_REVIEW_CONFIRMED,
    FORMAL_REVIEW_OVERRIDDEN,
    DOSSIER_FILE_UPLOADED,
    DOSSIER_FILE_REPLACED,
    DOSSIER_FILE_REMOVED,
    DOSSIER_FILE_READ,
    DOSSIER_TEXT_SAVED,
    DOSSIER_FORM_GENERATED
}
