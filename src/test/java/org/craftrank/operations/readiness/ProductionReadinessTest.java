package org.craftrank.operations.readiness;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionReadinessTest {

    private static final String GOOD_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static StartupSettings safe() {
        return new StartupSettings(Optional.of(GOOD_KEY), false, false, 0);
    }

    @Test
    void aConfiguredKeyWithoutDemoDataStarts() {
        assertEquals(List.of(), ProductionReadiness.refusals(safe()));
    }

    @Test
    void personalDataKeyIsSet() {
        assertEquals(ProductionReadiness.PII_KEY,
                ProductionReadiness.personalDataKeyIsSet(Optional.empty()).orElseThrow().property());
        assertTrue(ProductionReadiness.personalDataKeyIsSet(Optional.of("  ")).isPresent(), "blank is missing");
        assertTrue(ProductionReadiness.personalDataKeyIsSet(Optional.of(GOOD_KEY)).isEmpty());
        assertTrue(ProductionReadiness.personalDataKeyIsSet(Optional.empty()).orElseThrow().reason()
                .contains("CRAFTRANK_PII_KEY"), "the message names the environment variable");
    }

    @Test
    void personalDataKeyIsWellFormed() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        String notBase64 = "this is not base64 at all!";
        for (String bad : List.of(shortKey, notBase64)) {
            Refusal refusal = ProductionReadiness.personalDataKeyIsWellFormed(Optional.of(bad)).orElseThrow();
            assertEquals(ProductionReadiness.PII_KEY, refusal.property());
            assertFalse(refusal.toString().contains(bad), "the refusal never repeats the configured value");
        }
        assertTrue(ProductionReadiness.personalDataKeyIsWellFormed(Optional.of(" " + GOOD_KEY + "\n")).isEmpty(),
                "surrounding whitespace (a trailing newline from a file) is tolerated");
        assertTrue(ProductionReadiness.personalDataKeyIsWellFormed(Optional.empty()).isEmpty(),
                "a missing key is reported once, by personalDataKeyIsSet");
    }

    @Test
    void noLocallyGeneratedKey() {
        assertEquals(ProductionReadiness.GENERATE_LOCAL_KEY,
                ProductionReadiness.noLocallyGeneratedKey(true).orElseThrow().property());
        assertTrue(ProductionReadiness.noLocallyGeneratedKey(false).isEmpty());
    }

    @Test
    void demoSeedingIsOff() {
        assertEquals(ProductionReadiness.DEMO_ENABLED, ProductionReadiness.demoSeedingIsOff(true).orElseThrow().property());
        assertTrue(ProductionReadiness.demoSeedingIsOff(false).isEmpty());
    }

    @Test
    void noDemoAccounts() {
        Refusal refusal = ProductionReadiness.noDemoAccounts(false, 10).orElseThrow();
        assertEquals(ProductionReadiness.DEMO_ACCOUNTS, refusal.property());
        assertTrue(refusal.reason().contains("10 demo accounts"));
        assertTrue(ProductionReadiness.noDemoAccounts(false, 0).isEmpty());
        assertTrue(ProductionReadiness.noDemoAccounts(true, 10).isEmpty(), "the demo itself may hold them");
    }

    @Test
    void everyRefusalIsListedInOneMessageWithoutTheSecret() {
        String wrongKey = Base64.getEncoder().encodeToString("too-short-secret".getBytes());
        List<Refusal> refusals = ProductionReadiness.refusals(new StartupSettings(Optional.of(wrongKey), true, true, 3));
        assertEquals(List.of(ProductionReadiness.PII_KEY, ProductionReadiness.GENERATE_LOCAL_KEY,
                        ProductionReadiness.DEMO_ENABLED),
                refusals.stream().map(Refusal::property).toList(),
                "demo accounts are not refused on top of demo seeding: that one refusal already stops the start");
        String message = ProductionReadiness.message(refusals);
        assertTrue(message.startsWith("Refusing to start with the production configuration:"));
        assertEquals(3, message.lines().filter(line -> line.startsWith("  - ")).count());
        assertFalse(message.contains(wrongKey));

        List<Refusal> missing = ProductionReadiness.refusals(new StartupSettings(Optional.empty(), false, false, 2));
        assertEquals(List.of(ProductionReadiness.PII_KEY, ProductionReadiness.DEMO_ACCOUNTS),
                missing.stream().map(Refusal::property).toList());
    }
}
