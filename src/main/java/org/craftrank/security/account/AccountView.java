package org.craftrank.security.account;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.craftrank.common.version.Versioned;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account as ADMIN sees it. Never the password hash; {@code generatedPassword} appears only in the response
 * that created or reset the account with a generated password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(long id, String username, String displayName, String role, Long unitId, Long expertId,
                          Set<Long> campaignIds, boolean enabled, boolean demo, Instant createdAt,
                          String generatedPassword, long version) implements Versioned {

    static AccountView of(UserAccount a) {
        return new AccountView(a.id, a.username, a.displayName, a.role, a.unitId, a.expertId,
                new TreeSet<>(a.campaignIds), a.enabled, a.demo, a.createdAt, null, a.version);
    }

    AccountView withGeneratedPassword(String password) {
        return new AccountView(id, username, displayName, role, unitId, expertId, campaignIds, enabled, demo,
                createdAt, password, version);
    }
}
