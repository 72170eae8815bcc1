package org.craftrank.operations.readiness;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The conditions without which the production configuration refuses to start: its secrets are configured
 * and sane, and nothing with a published password (the demo) can be used. One method per condition; each
 * answers a refusal naming the property, never its value.
 *
 * <p>Sessions and API tokens need no key of their own: both are 256-bit random values stored only as
 * SHA-256 digests in the database, which is also why several instances on one database accept each other's
 * cookies. So the one secret is the personal-data master key.
 */
public final class ProductionReadiness {

    public static final String PII_KEY = "craftrank.pii.key";
    public static final String GENERATE_LOCAL_KEY = "craftrank.pii.generate-local-key";
    public static final String DEMO_ENABLED = "craftrank.demo.enabled";
    public static final String DEMO_ACCOUNTS = "demo accounts";
    /** Bytes of the personal-data master key (AES-256). */
    public static final int KEY_BYTES = 32;

    private ProductionReadiness() {
    }

    /** Every refusal, in a fixed order; empty when the service may start. */
    public static List<Refusal> refusals(StartupSettings settings) {
        List<Refusal> all = new ArrayList<>();
        personalDataKeyIsSet(settings.personalDataKey()).ifPresent(all::add);
        personalDataKeyIsWellFormed(settings.personalDataKey()).ifPresent(all::add);
        noLocallyGeneratedKey(settings.generateLocalKey()).ifPresent(all::add);
        demoSeedingIsOff(settings.demoEnabled()).ifPresent(all::add);
        noDemoAccounts(settings.demoEnabled(), settings.demoAccounts()).ifPresent(all::add);
        return all;
    }

    /** The one message the service stops with: every refusal on its own line. */
    public static String message(List<Refusal> refusals) {
        return "Refusing to start with the production configuration:" + refusals.stream()
                .map(r -> System.lineSeparator() + "  - " + r).collect(Collectors.joining());
    }

    /** Without the key, ID and phone numbers cannot be encrypted, nor duplicates or pseudonyms computed. */
    public static Optional<Refusal> personalDataKeyIsSet(Optional<String> key) {
        if (key.isPresent() && !key.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(PII_KEY, "not set (environment CRAFTRANK_PII_KEY): it encrypts ID and "
                + "phone numbers and keys their duplicate check and the pseudonyms. Generate one with: "
                + "head -c 32 /dev/urandom | base64"));
    }

    /** A key that is not Base64 of exactly 32 bytes is a typo or a truncated copy, not a weaker key. */
    public static Optional<Refusal> personalDataKeyIsWellFormed(Optional<String> key) {
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.empty(); // reported by personalDataKeyIsSet
        }
        try {
            if (Base64.getDecoder().decode(key.get().strip()).length == KEY_BYTES) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the refusal; the exception text could quote the offending character
        }
        return Optional.of(new Refusal(PII_KEY, "must be the Base64 encoding of " + KEY_BYTES + " random bytes"));
    }

    /** A key kept beside the data it protects protects little: demo and development only. */
    public static Optional<Refusal> noLocallyGeneratedKey(boolean generateLocalKey) {
        return generateLocalKey
                ? Optional.of(new Refusal(GENERATE_LOCAL_KEY, "must be false in production: a key stored next "
                + "to the data it protects; set " + PII_KEY + " instead"))
                : Optional.empty();
    }

    /** Demo seeding creates accounts whose password is in the README. */
    public static Optional<Refusal> demoSeedingIsOff(boolean demoEnabled) {
        return demoEnabled
                ? Optional.of(new Refusal(DEMO_ENABLED, "must be false in production: the demo accounts' "
                + "password is published; run the demo with -Dquarkus.profile=demo"))
                : Optional.empty();
    }

    /** A database that once ran the demo still holds accounts with the published password. */
    public static Optional<Refusal> noDemoAccounts(boolean demoEnabled, long demoAccounts) {
        if (demoEnabled || demoAccounts == 0) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(DEMO_ACCOUNTS, "this database holds " + demoAccounts + " demo accounts, "
                + "whose passwords are published. Use a fresh database (craftrank.data-dir or "
                + "QUARKUS_DATASOURCE_JDBC_URL) or run with -Dquarkus.profile=demo"));
    }
}
