package org.craftrank.model;

import org.craftrank.model.definition.DossierFileType;
import org.craftrank.model.definition.DossierSection;
import org.craftrank.model.definition.ModelViolation;
import org.craftrank.model.definition.ScoringModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier sections the three models declare, and the rules that refuse a broken declaration. */
class DossierSectionsTest {

    private final ScoringModelReader reader = new ScoringModelReader();

    @ParameterizedTest
    @ValueSource(strings = {"national-2024", "measures-2025", "shanghai-2024"})
    void everyShippedModelDeclaresSectionsThatQuoteTheSeedNoticesVerbatim(String id) throws IOException {
        ScoringModel model = real(id);
        assertFalse(model.dossier().sections().isEmpty(), "sections of " + id);
        assertTrue(model.dossier().maxTotalBytes() > 0);
        Path seeds = Path.of("..", "shared", "seeds");
        if (!Files.isDirectory(seeds)) {
            seeds = Path.of("/work/shared/seeds");
        }
        if (Files.isDirectory(seeds)) {
            String all;
            try (Stream<Path> files = Files.list(seeds)) {
                all = files.map(f -> {
                    try {
                        return Files.readString(f, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).collect(Collectors.joining("\n"));
            }
            for (DossierSection s : model.dossier().sections()) {
                assertTrue(all.contains(s.basis()), id + " " + s.code() + " quotes '" + s.basis() + "'");
            }
        }
    }

    @Test
    void theNationalModelHangsEachSubIndicatorsEvidenceOnItsItemAndAsksForPhotoAndReferees() {
        ScoringModel model = real("national-2024");
        DossierSection lead1 = model.dossier().section("LEAD1").orElseThrow();
        assertEquals(List.of("LEAD1"), lead1.subIndicators());
        assertEquals("工作重要性的证明", lead1.basis());
        assertEquals(List.of(DossierFileType.PDF, DossierFileType.JPEG, DossierFileType.PNG), lead1.types());
        DossierSection photo = model.dossier().section("PHOTO").orElseThrow();
        assertTrue(photo.required());
        assertEquals(1, photo.maxFiles());
        assertEquals("另请提供 3 位非本单位同行高级专家的推荐证明材料",
                model.dossier().section("REFEREES").orElseThrow().basis());
    }

    @Test
    void theMeasuresKeepTheirTextLimitsAndTheVideo() {
        ScoringModel model = real("measures-2025");
        assertEquals(300, model.dossier().section("WORK_RESULTS").orElseThrow().maxChars());
        assertEquals(500, model.dossier().section("PROBLEMS_TEXT").orElseThrow().maxChars());
        assertEquals(1000, model.dossier().section("ROLE_TEXT").orElseThrow().maxChars());
        assertEquals(List.of(DossierFileType.MP4), model.dossier().section("VIDEO").orElseThrow().types());
    }

    @Test
    void aBrokenDeclarationIsRefusedNamingEachFault() {
        String broken = minimal() + """
                dossier:
                  maxTotalMb: 10
                  sections:
                    - {code: A, name: 甲, kind: TEXT, basis: 某某, types: [PDF]}
                    - {code: A, name: 乙, kind: FILES, types: [PDF, GIF], maxFiles: 0, maxFileMb: 20, basis: 某某}
                    - {code: b, name: 丙, kind: BLOB, basis: 某某}
                    - {code: C, name: 丁, kind: FILES, types: [PNG], maxFiles: 1, maxFileMb: 1, subIndicators: [NOPE]}
                """;
        ScoringModelReader.Result result = reader.read("minimal.yaml", broken);
        assertFalse(result.valid());
        assertReports(result, "dossier.sections[1].types[1]", "known-file-type");
        assertReports(result, "dossier.sections[2].kind", "known-kind");
        // the walker stopped at shape faults; fix those and the semantic rules speak
        String shapeFixed = minimal() + """
                dossier:
                  maxTotalMb: 10
                  sections:
                    - {code: A, name: 甲, kind: TEXT, basis: 某某, types: [PDF]}
                    - {code: A, name: 乙, kind: FILES, types: [PDF], maxFiles: 0, maxFileMb: 20, basis: 某某}
                    - {code: b, name: 丙, kind: TEXT, maxChars: 10, basis: 某某}
                    - {code: C, name: 丁, kind: FILES, types: [PNG], maxFiles: 1, maxFileMb: 1, subIndicators: [NOPE]}
                """;
        result = reader.read("minimal.yaml", shapeFixed);
        assertReports(result, "dossier.sections[0].maxChars", "positive");
        assertReports(result, "dossier.sections[0]", "kind-settings");
        assertReports(result, "dossier.sections[1].code", "codes-unique");
        assertReports(result, "dossier.sections[1].maxFiles", "positive");
        assertReports(result, "dossier.sections[1].maxFileMb", "within-total");
        assertReports(result, "dossier.sections[2].code", "code-shape");
        assertReports(result, "dossier.sections[3].basis", "required");
        assertReports(result, "dossier.sections[3].subIndicators[0]", "known-item");
    }

    @Test
    void aModelWithoutADossierHasNoSections() {
        ScoringModelReader.Result result = reader.read("minimal.yaml", minimal());
        assertTrue(result.valid());
        assertTrue(result.model().dossier().sections().isEmpty());
    }

    private static void assertReports(ScoringModelReader.Result result, String path, String rule) {
        assertTrue(result.violations().stream().anyMatch(v -> v.path().equals(path) && v.rule().equals(rule)),
                () -> "expected " + rule + " at " + path + ", got:\n"
                        + result.violations().stream().map(ModelViolation::toString).collect(Collectors.joining("\n")));
    }

    private ScoringModel real(String id) {
        try {
            ScoringModelReader.Result r = reader.read(id + ".yaml",
                    Files.readString(Path.of("scoring-models", id + ".yaml"), StandardCharsets.UTF_8));
            assertTrue(r.valid(), () -> r.violations().toString());
            return r.model();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String minimal() {
        try (InputStream in = DossierSectionsTest.class.getResourceAsStream("/valid-models/minimal.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
