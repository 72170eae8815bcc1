package org.craftrank.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the scoring-model files live. */
@ConfigMapping(prefix = "craftrank.scoring-models")
public interface ScoringModelsConfig {

    /** Directory holding one {@code .yaml}, {@code .yml} or {@code .json} file per model. */
    @WithDefault("scoring-models")
    String dir();
}
