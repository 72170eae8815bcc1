package org.craftrank.model;

import org.craftrank.model.definition.ModelViolation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults that a lenient parser would let through silently. */
class ScoringModelReaderStrictnessTest {

    private final ScoringModelReader reader = new ScoringModelReader();

    private static String minimal() throws IOException {
        return Files.readString(Path.of("src/test/resources/valid-models/minimal.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedKeyIsAFaultNotLastOneWins() throws IOException {
        String content = minimal().replace("    NATIONAL: 5", "    NATIONAL: 5\n    NATIONAL: 7");

        List<ModelViolation> violations = reader.read("minimal.yaml", content).violations();

        assertEquals(1, violations.size(), violations.toString());
        assertEquals("syntax", violations.get(0).rule());
        assertTrue(violations.get(0).message().contains("NATIONAL"), violations.toString());
    }

    @Test
    void aSecondYamlDocumentInTheFileIsAFault() throws IOException {
        List<ModelViolation> violations = reader.read("minimal.yaml", minimal() + "\n---\nid: other\n").violations();

        assertEquals(List.of("single-document"), violations.stream().map(ModelViolation::rule).toList());
    }

    @Test
    void aMalformedWeightIsReportedOnceWithoutFollowOnFaults() throws IOException {
        String content = minimal().replaceFirst("weight: 1/2", "weight: half");

        List<ModelViolation> violations = reader.read("minimal.yaml", content).violations();

        assertEquals(List.of("weight-format"), violations.stream().map(ModelViolation::rule).toList(),
                violations.toString());
        assertEquals("capabilities[0].weight", violations.get(0).path());
    }

    @Test
    void aMissingScaleIsReportedOnce() throws IOException {
        String content = minimal().replace("scale:\n  min: 0\n  max: 10\n  step: 0.5\n", "");

        List<ModelViolation> violations = reader.read("minimal.yaml", content).violations();

        assertEquals(1, violations.size(), violations.toString());
        assertEquals("scale", violations.get(0).path());
        assertEquals("required", violations.get(0).rule());
    }

    @Test
    void anUnknownKeyStillLetsTheSemanticRulesRun() throws IOException {
        String content = minimal().replace("name: Minimal test model", "name: Minimal test model\ncolour: red")
                .replaceFirst("weight: 1/2", "weight: 1/3");

        List<String> rules = reader.read("minimal.yaml", content).violations().stream()
                .map(ModelViolation::rule).toList();

        assertTrue(rules.contains("known-key"), rules.toString());
        assertTrue(rules.contains("weights-sum-to-one"), rules.toString());
        assertFalse(rules.contains("syntax"), rules.toString());
    }
}
