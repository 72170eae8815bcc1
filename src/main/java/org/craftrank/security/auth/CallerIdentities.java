package org.craftrank.security.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.craftrank.common.access.Caller;

/** Turns a resolved {@link Caller} into the framework's identity, carrying the caller as an attribute. */
final class CallerIdentities {

    private CallerIdentities() {
    }

    static SecurityIdentity of(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.username()))
                .addRole(caller.role().name())
                .addAttribute(Caller.ATTRIBUTE, caller)
                .build();
    }
}
