package org.craftrank.operations.readiness;

import java.util.Optional;

/**
 * What the production start-up check looks at: the secrets as configured (never logged, only inspected) and
 * whether demo data could be reached.
 *
 * @param personalDataKey      {@code craftrank.pii.key}: Base64 of the 32-byte master key; the AES-GCM key for
 *                             ID and phone numbers and the HMAC key for duplicate detection and pseudonym
 *                             numbering are both derived from it
 * @param generateLocalKey     {@code craftrank.pii.generate-local-key}: a key written next to the data it protects
 * @param demoEnabled          {@code craftrank.demo.enabled}: seeding of demo accounts with a published password
 * @param demoAccounts         how many accounts marked {@code demo} the database holds
 */
public record StartupSettings(Optional<String> personalDataKey, boolean generateLocalKey, boolean demoEnabled,
                              long demoAccounts) {
}
