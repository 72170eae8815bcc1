package org.craftrank.ranking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the ranking route remembers what it computed. */
@ConfigMapping(prefix = "craftrank.ranking")
public interface RankingConfig {

    /**
     * Computed rankings kept, keyed by the state of the sheets (a few campaigns × the methods previewed). 0 turns
     * the memory off, so every pull computes — as the first pull after a resubmission does; the benchmark uses it
     * to time that case.
     */
    @WithDefault("8")
    int cachedRankings();
}
