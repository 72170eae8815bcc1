package org.craftrank.security.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.common.access.Caller;
import org.craftrank.security.access.CallerFactory;
import org.craftrank.security.account.UserAccountRepository;

import java.util.Optional;

/** The account an OIDC-authenticated user acts as: the enabled account of the same username. */
@ApplicationScoped
public class OidcAccounts {

    private final UserAccountRepository accounts;
    private final CallerFactory callers;

    public OidcAccounts(UserAccountRepository accounts, CallerFactory callers) {
        this.accounts = accounts;
        this.callers = callers;
    }

    @Transactional
    public Optional<Caller> callerFor(String username) {
        return accounts.byUsername(username).filter(account -> account.enabled).map(callers::of);
    }
}
