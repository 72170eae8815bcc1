package org.craftrank.security.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepository<UserAccount> {

    public Optional<UserAccount> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public List<UserAccount> allByUsername() {
        return list("order by username");
    }

    /** Accounts the demo created: their password is published. */
    public long demoAccounts() {
        return count("demo", true);
    }
}
