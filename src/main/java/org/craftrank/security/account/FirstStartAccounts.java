package org.craftrank.security.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.demo.DemoConfig;
import org.craftrank.operations.readiness.ProductionReadiness;
import org.craftrank.security.Secrets;
import org.craftrank.security.SecurityConfig;
import org.jboss.logging.Logger;

import java.util.List;

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

    // Before the demo seeder, so a demo database gets its demo accounts instead of a generated admin.
    void onStart(@Observes @Priority(10) StartupEvent event) {
        check();
    }

    @Transactional
    public void check() {
        // Also outside production (dev, test): a database with published passwords never serves without the demo.
        ProductionReadiness.noDemoAccounts(demo.enabled(), accounts.demoAccounts()).ifPresent(refusal -> {
            throw new IllegalStateException(ProductionReadiness.message(List.of(refusal)));
        });
        if (demo.enabled() || accounts.count() > 0) {
            return;
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
        if (generated) {
            // Printed once and never stored in clear: whoever starts the service first must note it.
            LOG.warnf("%n%n    First start: created administrator '%s' with password  %s%n"
                    + "    It is shown only this once. Sign in and change it (POST /api/accounts/{id}/password).%n",
                    ADMIN_USERNAME, password);
        } else {
            LOG.infof("First start: created administrator '%s' with the configured initial password", ADMIN_USERNAME);
        }
    }
}
