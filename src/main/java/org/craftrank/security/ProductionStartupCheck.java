package org.craftrank.security;

import org.craftrank.operations.ProductionConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.craftrank.operations.DemoConfig;
import org.craftrank.operations.readiness.ProductionReadiness;
import org.craftrank.operations.readiness.Refusal;
import org.craftrank.operations.readiness.StartupSettings;
import org.craftrank.security.account.UserAccountRepository;
import org.craftrank.security.pii.PersonalDataConfig;

import java.util.List;

/**
 * Stops the service at start when {@link ProductionReadiness} refuses the configuration. Runs before every
 * other start-up observer (the first-start administrator, the demo seeder, the personal-data key), so the
 * operator reads one message naming every missing property rather than the first failure deep in a bean.
 */
@ApplicationScoped
public class ProductionStartupCheck {

    private final ProductionConfig config;
    private final PersonalDataConfig personalData;
    private final DemoConfig demo;
    private final UserAccountRepository accounts;

    public ProductionStartupCheck(ProductionConfig config, PersonalDataConfig personalData, DemoConfig demo,
                                  UserAccountRepository accounts) {
        this.config = config;
        this.personalData = personalData;
        this.demo = demo;
        this.accounts = accounts;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!config.checksEnabled()) {
            return;
        }
        long demoAccounts = QuarkusTransaction.requiringNew().call(() -> accounts.demoAccounts());
        List<Refusal> refusals = ProductionReadiness.refusals(new StartupSettings(personalData.key(),
                personalData.generateLocalKey(), demo.enabled(), demoAccounts));
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(ProductionReadiness.message(refusals));
        }
    }
}
