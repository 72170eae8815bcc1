package org.craftrank.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringModelCatalogTest {

    @TempDir
    Path dir;

    @Test
    void theShippedDirectoryHoldsTheThreeSeedModels() {
        Map<String, LoadedModel> models = ScoringModelCatalog.loadDirectory(Path.of("scoring-models"));

        assertEquals(Set.of("national-2024", "measures-2025", "shanghai-2024"), models.keySet());
        LoadedModel national = models.get("national-2024");
        assertEquals("national-2024.yaml", national.fileName());
        assertEquals(LoadedModel.sha256(national.content()), national.contentHash());
        assertEquals(64, national.contentHash().length(), "a SHA-256 in hex");
    }

    @Test
    void oneInvalidFileStopsTheLoadWithAMessageNamingTheFileThePathAndTheRule() throws IOException {
        copyFixture("valid-models", "minimal.yaml");
        copyFixture("invalid-models", "sub-indicator-weights-not-one.yaml");

        InvalidScoringModelException e = assertThrows(InvalidScoringModelException.class,
                () -> ScoringModelCatalog.loadDirectory(dir));

        String message = e.getMessage();
        assertTrue(message.contains("sub-indicator-weights-not-one.yaml"), message);
        assertTrue(message.contains("capabilities[1].subIndicators"), message);
        assertTrue(message.contains("weights-sum-to-one"), message);
    }

    @Test
    void twoFilesDefiningTheSameModelAreRefusedNamingBoth() throws IOException {
        copyFixture("valid-models", "minimal.yaml");
        Files.copy(dir.resolve("minimal.yaml"), dir.resolve("minimal.yml"));

        InvalidScoringModelException e = assertThrows(InvalidScoringModelException.class,
                () -> ScoringModelCatalog.loadDirectory(dir));

        assertTrue(e.getMessage().contains("minimal.yaml") && e.getMessage().contains("minimal.yml"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutModelFilesIsRefused() {
        InvalidScoringModelException e = assertThrows(InvalidScoringModelException.class,
                () -> ScoringModelCatalog.loadDirectory(dir));

        assertTrue(e.getMessage().contains("No scoring model file"), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsRefused() {
        Path missing = dir.resolve("no-such-folder");

        InvalidScoringModelException e = assertThrows(InvalidScoringModelException.class,
                () -> ScoringModelCatalog.loadDirectory(missing));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    @Test
    void filesThatAreNotModelFilesAreIgnored() throws IOException {
        copyFixture("valid-models", "minimal.yaml");
        Files.writeString(dir.resolve("README.md"), "# Not a model: capabilities: [ broken", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "id: not-a-model", StandardCharsets.UTF_8);

        Map<String, LoadedModel> models = ScoringModelCatalog.loadDirectory(dir);

        assertEquals(Set.of("minimal"), models.keySet());
    }

    @Test
    void aDirectoryHoldingOnlyNonModelFilesIsRefusedAsEmpty() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Models go here", StandardCharsets.UTF_8);

        assertThrows(InvalidScoringModelException.class, () -> ScoringModelCatalog.loadDirectory(dir));
    }

    @Test
    void yamlYmlAndJsonFilesAreAllLoaded() throws IOException {
        copyFixture("valid-models", "json-model.json");
        Files.writeString(dir.resolve("minimal.yml"), readResource("valid-models", "minimal.yaml"),
                StandardCharsets.UTF_8);
        copyFixture("valid-models", "equal-thirds.yaml");

        Map<String, LoadedModel> models = ScoringModelCatalog.loadDirectory(dir);

        assertEquals(Set.of("json-model", "minimal", "equal-thirds"), models.keySet());
        assertEquals("minimal.yml", models.get("minimal").fileName());
    }

    private void copyFixture(String folder, String fileName) throws IOException {
        Files.writeString(dir.resolve(fileName), readResource(folder, fileName), StandardCharsets.UTF_8);
    }

    private static String readResource(String folder, String fileName) throws IOException {
        try (InputStream in = ScoringModelCatalogTest.class.getResourceAsStream("/" + folder + "/" + fileName)) {
            assertNotNull(in, "missing test resource " + folder + "/" + fileName);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
