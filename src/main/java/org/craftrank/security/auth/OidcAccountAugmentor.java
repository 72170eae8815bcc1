package org.craftrank.security.auth;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an identity proven by an OIDC bearer token into the caller of the account with the same username. The
 * identity provider only says who the user is; roles and bindings (unit, expert, campaigns) stay in the
 * account, so the per-object checks work unchanged and the provider's groups cannot grant a role.
 */
@ApplicationScoped
public class OidcAccountAugmentor implements SecurityIdentityAugmentor {

    private final OidcAccounts accounts;

    public OidcAccountAugmentor(OidcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(AccessTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> accounts.callerFor(username).map(CallerIdentities::of)
                .orElseThrow(() -> new AuthenticationFailedException("no enabled account for this OIDC user")));
    }
}
