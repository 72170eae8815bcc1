package org.craftrank.web;

import jakarta.ws.rs.core.NewCookie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one-line confirmations a page shows once after a redirect (petclinic's flash attributes). The cookie
 * carries only the constant's name, never text, so nothing a user typed travels through it.
 */
public enum Flash {
    SHEET_SAVED(Kind.SUCCESS),
    SHEET_SUBMITTED(Kind.SUCCESS),
    CONFLICT_DECLARED(Kind.SUCCESS),
    PHASE_CHANGED(Kind.SUCCESS),
    CANDIDATE_NOMINATED(Kind.SUCCESS),
    REVIEW_RUN(Kind.SUCCESS),
    REVIEW_DECIDED(Kind.SUCCESS),
    ASSIGNMENTS_CREATED(Kind.SUCCESS),
    SHEET_REOPENED(Kind.SUCCESS),
    SHORTLIST_RULES_SAVED(Kind.SUCCESS),
    SHORTLIST_PROPOSED(Kind.SUCCESS),
    SHORTLIST_ADOPTED(Kind.SUCCESS),
    OBJECTION_RECORDED(Kind.SUCCESS),
    OBJECTION_DECIDED(Kind.SUCCESS),
    CANDIDATES_IMPORTED(Kind.SUCCESS),
    CAMPAIGN_CREATED(Kind.SUCCESS),
    CAMPAIGN_SETTINGS_SAVED(Kind.SUCCESS),
    UNIT_SAVED(Kind.SUCCESS),
    UNIT_REMOVED(Kind.SUCCESS),
    QUOTA_TABLE_APPLIED(Kind.SUCCESS),
    CANDIDATE_WITHDRAWN(Kind.SUCCESS),
    LIST_SUBMITTED(Kind.SUCCESS),
    LIST_RETURNED(Kind.SUCCESS);

    public enum Kind { SUCCESS, WARNING }

    static final String COOKIE = "craftrank_flash";

    private final Kind kind;

    Flash(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Short-lived: the redirect that sets it is followed at once. */
    public NewCookie cookie() {
        return new NewCookie.Builder(COOKIE).value(name()).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    static Optional<Flash> parse(String value) {
        return Arrays.stream(values()).filter(f -> f.name().equals(value)).findFirst();
    }
}
