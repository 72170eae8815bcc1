package org.craftrank.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "craftrank.demo")
public interface DemoConfig {

    /** Seed a fictional demo campaign at start (once; it is kept across restarts). On in the demo profile. */
    @WithDefault("false")
    boolean enabled();
}
