package org.craftrank.model;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The models in {@code scoring-models/}, read and validated once at start. Any invalid file stops the
 * service with a message naming the file, the path inside it and the rule.
 */
@Startup
@ApplicationScoped
public class ScoringModelCatalog {

    private static final Logger LOG = Logger.getLogger(ScoringModelCatalog.class);

    /** By id, sorted, so listings come out in a stable order. */
    private final Map<String, LoadedModel> models;

    public ScoringModelCatalog(ScoringModelsConfig config) {
        this.models = loadDirectory(Path.of(config.dir()));
        LOG.infof("Loaded %d scoring models from %s: %s", models.size(), config.dir(), models.keySet());
    }

    /** Reads every model file of a directory; package-private so tests can load fixture folders. */
    static Map<String, LoadedModel> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidScoringModelException("Scoring model directory " + dir.toAbsolutePath()
                    + " does not exist; set craftrank.scoring-models.dir");
        }
        ScoringModelReader reader = new ScoringModelReader();
        Map<String, LoadedModel> loaded = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(ScoringModelCatalog::isModelFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String content = Files.readString(file, StandardCharsets.UTF_8);
                ScoringModelReader.Result result = reader.read(name, content);
                if (!result.valid()) {
                    throw new InvalidScoringModelException(name, result.violations());
                }
                LoadedModel previous = loaded.put(result.model().id(), LoadedModel.of(result.model(), name, content));
                if (previous != null) {
                    throw new InvalidScoringModelException("Scoring model files " + previous.fileName() + " and "
                            + name + " both define model '" + result.model().id() + "'; keep one");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scoring models from " + dir, e);
        }
        if (loaded.isEmpty()) {
            throw new InvalidScoringModelException("No scoring model file (.yaml, .yml, .json) in "
                    + dir.toAbsolutePath());
        }
        return Collections.unmodifiableMap(loaded);
    }

    private static boolean isModelFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    public Optional<LoadedModel> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public Collection<LoadedModel> all() {
        return models.values();
    }
}
