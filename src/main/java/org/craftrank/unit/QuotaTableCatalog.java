package org.craftrank.unit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.common.BundledText;
import org.craftrank.unit.quota.QuotaTable;
import org.craftrank.unit.quota.QuotaTableValidator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quota tables shipped in {@code src/main/resources/quota-tables/} (listed in its {@code index.txt}), read and
 * checked once at start. A faulty table stops the service, naming the file and every fault.
 */
@Startup
@ApplicationScoped
public class QuotaTableCatalog {

    static final String FOLDER = "quota-tables/";

    private static final Logger LOG = Logger.getLogger(QuotaTableCatalog.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<String, QuotaTable> tables;

    public QuotaTableCatalog() {
        this.tables = load();
        LOG.infof("Loaded %d quota tables: %s", tables.size(), tables.keySet());
    }

    /** Every table of the index, in its order; package-private for tests. */
    static Map<String, QuotaTable> load() {
        Map<String, QuotaTable> loaded = new LinkedHashMap<>();
        for (String line : BundledText.read(FOLDER + "index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            QuotaTable table = parse(file, BundledText.read(FOLDER + file));
            if (loaded.put(table.id(), table) != null) {
                throw new IllegalStateException("Quota table id '" + table.id() + "' is used twice (" + file + ")");
            }
        }
        return Collections.unmodifiableMap(loaded);
    }

    /** Reads and checks one table file. */
    static QuotaTable parse(String fileName, String content) {
        QuotaTable table;
        try {
            table = YAML.readValue(content, QuotaTable.class);
        } catch (IOException e) {
            throw new IllegalStateException("Quota table " + fileName + " cannot be read: " + e.getMessage(), e);
        }
        List<String> faults = new QuotaTableValidator().validate(table);
        if (!fileName.replaceFirst("\\.ya?ml$", "").equals(table.id())) {
            faults = new java.util.ArrayList<>(faults);
            faults.add("id '" + table.id() + "' must equal the file name without extension");
        }
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Quota table " + fileName + " is invalid:\n  - " + String.join("\n  - ", faults));
        }
        return table;
    }

    public Optional<QuotaTable> find(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    public Collection<QuotaTable> all() {
        return tables.values();
    }
}
