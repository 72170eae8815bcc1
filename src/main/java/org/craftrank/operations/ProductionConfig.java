package org.craftrank.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Start-up checks of the production configuration ({@code craftrank.production.*}). */
@ConfigMapping(prefix = "craftrank.production")
public interface ProductionConfig {

    /**
     * Refuse to start without the secrets or with demo data reachable. On by default, so that any profile
     * not explicitly for development (prod, pg, …) is checked; off in the dev, test and demo profiles.
     */
    @WithDefault("true")
    boolean checksEnabled();
}
