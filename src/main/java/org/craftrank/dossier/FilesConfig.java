package org.craftrank.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Where dossier files are stored. */
@ConfigMapping(prefix = "craftrank.files")
public interface FilesConfig {

    /** {@code folder} (the default: encrypted files under {@link #dir()}) or {@code s3}. */
    @WithDefault("folder")
    String store();

    /** The folder of the embedded store; by default {@code files} in the data folder. */
    Optional<String> dir();

    /** A stored object no row names is removed by the purge once it is older than this (an upload under way is younger). */
    @WithDefault("1H")
    Duration orphanGrace();
}
