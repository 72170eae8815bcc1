package org.craftrank.security.pii;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where the key that protects personal data at rest comes from. */
@ConfigMapping(prefix = "craftrank.pii")
public interface PersonalDataConfig {

    /**
     * The 32-byte master key, Base64-encoded (environment: {@code CRAFTRANK_PII_KEY}). Required in production;
     * losing it makes every stored ID and phone number unreadable.
     */
    Optional<String> key();

    /**
     * Without a configured key, generate one and keep it in {@code <data-dir>/pii.key}. For the demo, dev and
     * tests only: a key next to the data it protects protects little.
     */
    @WithDefault("false")
    boolean generateLocalKey();
}
