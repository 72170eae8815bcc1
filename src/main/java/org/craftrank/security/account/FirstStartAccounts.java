package org.craftrank.security.account;

import org.craftrank.common.access.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.operations.DemoConfig;
import org.craftrank.operations.readiness.ProductionReadiness;
import org.craftrank.security.Secrets;
import org.craftrank.security.SecurityConfig;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * No default password exists outside the demo. On the first start of an empty database this creates the
 * administrator {@value #ADMIN_USERNAME} with the configured initial password, or a random one printed once.
 * Outside the demo profile it refuses to start while demo accounts (whose passwords are published) exist.
 */
@ApplicationScoped
public class FirstStartAccounts {

    public static final String ADMIN_USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(FirstStartAccounts.class);

    private final UserAccountRepository accounts;
    private final AccountService service;
    private final AuditLog audit;
    private final SecurityConfig config;
    private final DemoConfig demo;

    public FirstStartAccounts(UserAccountRepository accounts, AccountService service, AuditLog audit,
                              SecurityConfig config, DemoConfig demo) {
        this.accounts = accounts;
        this.service = service;
        this.audit = audit;
        this.config = config;
        this.demo = demo;
    }

    /** The administrator created on a first start; the password only when it was generated. */
    public record CreatedAdmin(Optional<String> generatedPassword) {
    }

    // Before the demo seeder, so a demo database gets its demo accounts instead of a generated admin.
    void onStart(@Observes @Priority(10) StartupEvent event) {
        Optional<CreatedAdmin> created;
        try {
            created = check();
        } catch (IllegalStateException refused) {
            throw refused;
        } catch (RuntimeException e) {
            // Two instances started together on an empty database both try to create the administrator; the
            // unique username lets one commit. The other carries on once it sees that account.
            if (!QuarkusTransaction.requiringNew().call(() -> accounts.byUsername(ADMIN_USERNAME).isPresent())) {
                throw e;
            }
            LOG.infof("First start: another instance created the administrator '%s' at the same time", ADMIN_USERNAME);
            return;
        }
        // Logged only after the commit, so a password is never shown for an account that was not stored.
        created.ifPresent(admin -> admin.generatedPassword().ifPresentOrElse(
                // Printed once and never stored in clear: whoever starts the service first must note it.
                password -> LOG.warnf("%n%n    First start: created administrator '%s' with password  %s%n"
                        + "    It is shown only this once. Sign in and change it (POST /api/accounts/{id}/password).%n",
                        ADMIN_USERNAME, password),
                () -> LOG.infof("First start: created administrator '%s' with the configured initial password",
                        ADMIN_USERNAME)));
    }

    /**
     * Refuses a database holding demo accounts outside the demo, and creates the administrator on an empty one.
     *
     * @return the administrator when this call created it
     */
    @Transactional
    public Optional<CreatedAdmin> check() {
        // Also outside production (dev, test): a database with published passwords never serves without the demo.
        ProductionReadiness.noDemoAccounts(demo.enabled(), accounts.demoAccounts()).ifPresent(refusal -> {
            throw new IllegalStateException(ProductionReadiness.message(List.of(refusal)));
        });
        if (demo.enabled() || accounts.count() > 0) {
            return Optional.empty();
        }
        String password = config.initialAdminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Secrets.randomPassword();
        }
        UserAccount admin = service.newAccount(ADMIN_USERNAME, "系统管理员", Role.ADMIN, password);
        accounts.persist(admin);
        audit.appendAs(AuditLog.SYSTEM, null, AuditEntry.of(AuditAction.ACCOUNT_CREATED, "account", admin.id)
                .because("first start of an empty database"));
        return Optional.of(new CreatedAdmin(generated ? Optional.of(password) : Optional.empty()));
    }
}
