package org.craftrank.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Sign-in settings ({@code craftrank.security.*}). */
@ConfigMapping(prefix = "craftrank.security")
public interface SecurityConfig {

    /** A session unused for this long ends. */
    @WithDefault("30M")
    Duration sessionIdleTimeout();

    /** A session ends this long after sign-in however busy it is. */
    @WithDefault("12H")
    Duration sessionAbsoluteTimeout();

    /** Failed sign-ins per user and address tolerated within {@link #loginWindow()}; the next gets 429. */
    @WithDefault("5")
    int loginMaxFailures();

    @WithDefault("1M")
    Duration loginWindow();

    /** Longest lifetime an admin may give an API token. */
    @WithDefault("366D")
    Duration tokenMaxLifetime();

    /**
     * Password of the administrator created on the first start of an empty database. When absent a random
     * one is generated and printed once to the console.
     */
    Optional<String> initialAdminPassword();
}
