package org.craftrank.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.craftrank.model.definition.CampaignLevel;
import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.EligibilityParameters;
import org.craftrank.model.definition.DossierFileType;
import org.craftrank.model.definition.DossierRules;
import org.craftrank.model.definition.DossierSection;
import org.craftrank.model.definition.ExtraField;
import org.craftrank.model.definition.MaterialsSection;
import org.craftrank.model.definition.ModelViolation;
import org.craftrank.model.definition.RuleSeverity;
import org.craftrank.model.definition.ScoreScale;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.ScoringModelValidator;
import org.craftrank.model.definition.SourceDocument;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.model.definition.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one model file (YAML or JSON) into a {@link ScoringModel}, then validates it. It walks the document
 * tree by hand rather than binding it, so that every fault (unknown key, wrong type, bad weight) is reported
 * with its exact path in the file, and all faults of a file are reported together.
 */
public final class ScoringModelReader {

    // A repeated key is a fault, not "last one wins": it would silently replace a setting.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final ScoringModelValidator validator = new ScoringModelValidator();

    /** The outcome of reading one file: a model, or the faults that stop it from being one. */
    public record Result(ScoringModel model, List<ModelViolation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /**
     * @param fileName used to pick the syntax (.json or YAML) and checked against the model id
     * @param content  the file's text
     */
    public Result read(String fileName, String content) {
        ObjectMapper mapper = fileName.endsWith(".json") ? JSON : YAML;
        JsonNode root;
        try (JsonParser parser = mapper.createParser(content)) {
            root = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                return new Result(null, List.of(new ModelViolation("line " + parser.currentLocation().getLineNr(),
                        "single-document", "a model file holds exactly one document; remove what follows")));
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            return new Result(null, List.of(new ModelViolation(where, "syntax", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            return new Result(null, List.of(new ModelViolation("", "syntax", "the file must hold one mapping")));
        }
        Walker walker = new Walker();
        ScoringModel model = walker.model(root);
        List<ModelViolation> violations = new ArrayList<>(walker.found);
        if (!walker.incomplete()) {
            // Semantic rules would only echo the placeholders the walker put where values were missing or
            // malformed; they run once the file's shape is right.
            violations.addAll(validator.validate(model));
        }
        String baseName = fileName.replaceFirst("\\.(ya?ml|json)$", "");
        if (model.id() != null && !model.id().equals(baseName)) {
            violations.add(new ModelViolation("id", "id-matches-file",
                    "id '" + model.id() + "' must equal the file name without extension ('" + baseName + "')"));
        }
        return new Result(violations.isEmpty() ? model : null, List.copyOf(violations));
    }

    /** Walks the tree, collecting faults instead of stopping at the first. */
    private static final class Walker {
        final List<ModelViolation> found = new ArrayList<>();

        /** Whether a value had to be replaced by a placeholder; an unknown key leaves the model complete. */
        boolean incomplete() {
            return found.stream().anyMatch(v -> !v.rule().equals("known-key"));
        }

        ScoringModel model(JsonNode root) {
            onlyKeys(root, "", Set.of("id", "name", "nameEn", "source", "scale", "eligibility", "publishableFields",
                    "groups", "extraFields", "materialsOutline", "notes", "capabilities", "dossier"));
            return new ScoringModel(text(root, "id", ""), text(root, "name", ""), text(root, "nameEn", ""),
                    source(root.get("source")), scale(root.get("scale")), eligibility(root.get("eligibility")),
                    strings(root.get("publishableFields"), "publishableFields"),
                    strings(root.get("groups"), "groups"),
                    list(root.get("extraFields"), "extraFields", this::extraField),
                    list(root.get("materialsOutline"), "materialsOutline", this::materialsSection),
                    strings(root.get("notes"), "notes"),
                    list(root.get("capabilities"), "capabilities", this::capability),
                    dossier(root.get("dossier")));
        }

        SourceDocument source(JsonNode node) {
            if (!isObject(node, "source")) {
                return null;
            }
            onlyKeys(node, "source", Set.of("title", "section", "issuer", "date"));
            return new SourceDocument(text(node, "title", "source."), text(node, "section", "source."),
                    text(node, "issuer", "source."), text(node, "date", "source."));
        }

        ScoreScale scale(JsonNode node) {
            if (!isObject(node, "scale")) {
                return null;
            }
            onlyKeys(node, "scale", Set.of("min", "max", "step"));
            BigDecimal min = decimal(node, "min", "scale.");
            BigDecimal max = decimal(node, "max", "scale.");
            BigDecimal step = decimal(node, "step", "scale.");
            return min == null || max == null || step == null ? null : new ScoreScale(min, max, step);
        }

        EligibilityParameters eligibility(JsonNode node) {
            if (!isObject(node, "eligibility")) {
                return null;
            }
            String at = "eligibility";
            onlyKeys(node, at, Set.of("minShopFloorYears", "advisoryMaxAge", "requiredOutsideReferees",
                    "maxPerGroupCompanyPerUnit", "textLimits", "declarationRules", "basis"));
            Map<CampaignLevel, Integer> years = new LinkedHashMap<>();
            intMap(node.get("minShopFloorYears"), at + ".minShopFloorYears").forEach((level, value) -> {
                try {
                    years.put(CampaignLevel.valueOf(level), value);
                } catch (IllegalArgumentException e) {
                    found.add(new ModelViolation(at + ".minShopFloorYears." + level, "known-level",
                            "'" + level + "' is not a campaign level; use NATIONAL, PROVINCIAL or CITY"));
                }
            });
            Integer referees = integer(node, "requiredOutsideReferees", at + ".");
            Map<String, List<String>> basis = new LinkedHashMap<>();
            JsonNode basisNode = node.get("basis");
            if (basisNode != null && isObject(basisNode, at + ".basis")) {
                basisNode.fields().forEachRemaining(e ->
                        basis.put(e.getKey(), strings(e.getValue(), at + ".basis." + e.getKey())));
            }
            return new EligibilityParameters(years, integer(node, "advisoryMaxAge", at + "."),
                    referees == null ? 0 : referees, integer(node, "maxPerGroupCompanyPerUnit", at + "."),
                    intMap(node.get("textLimits"), at + ".textLimits"),
                    severities(node.get("declarationRules"), at + ".declarationRules"), basis);
        }

        Capability capability(JsonNode node, String at) {
            onlyKeys(node, at, Set.of("code", "name", "nameEn", "weight", "description", "subIndicators"));
            return new Capability(text(node, "code", at + "."), text(node, "name", at + "."),
                    text(node, "nameEn", at + "."), weight(node, at), text(node, "description", at + "."),
                    list(node.get("subIndicators"), at + ".subIndicators", this::subIndicator));
        }

        SubIndicator subIndicator(JsonNode node, String at) {
            onlyKeys(node, at, Set.of("code", "name", "nameEn", "weight", "description", "evidence"));
            return new SubIndicator(text(node, "code", at + "."), text(node, "name", at + "."),
                    text(node, "nameEn", at + "."), weight(node, at), text(node, "description", at + "."),
                    text(node, "evidence", at + "."));
        }

        ExtraField extraField(JsonNode node, String at) {
            onlyKeys(node, at, Set.of("code", "name", "type", "capability"));
            String type = text(node, "type", at + ".");
            ExtraField.ExtraFieldType parsed = null;
            try {
                parsed = type == null ? null : ExtraField.ExtraFieldType.valueOf(type);
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (parsed == null) {
                found.add(new ModelViolation(at + ".type", "known-type", "type must be BOOLEAN or COUNT"));
            }
            return new ExtraField(text(node, "code", at + "."), text(node, "name", at + "."), parsed,
                    text(node, "capability", at + "."));
        }

        DossierRules dossier(JsonNode node) {
            if (node == null || node.isNull()) {
                return DossierRules.NONE;
            }
            if (!isObject(node, "dossier")) {
                return DossierRules.NONE;
            }
            onlyKeys(node, "dossier", Set.of("maxTotalMb", "sections", "recommendationForm"));
            String form = null;
            JsonNode f = node.get("recommendationForm");
            if (f != null && !f.isNull()) {
                if (f.isTextual() && DossierRules.FORMS.contains(f.textValue())) {
                    form = f.textValue();
                } else {
                    found.add(new ModelViolation("dossier.recommendationForm", "known-form",
                            "recommendationForm must be one of " + DossierRules.FORMS));
                }
            }
            return new DossierRules(integer(node, "maxTotalMb", "dossier."),
                    list(node.get("sections"), "dossier.sections", this::dossierSection), form);
        }

        DossierSection dossierSection(JsonNode node, String at) {
            onlyKeys(node, at, Set.of("code", "name", "kind", "maxChars", "types", "maxFiles", "maxFileMb",
                    "required", "subIndicators", "basis"));
            String kind = text(node, "kind", at + ".");
            DossierSection.Kind parsedKind = null;
            try {
                parsedKind = kind == null ? null : DossierSection.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (parsedKind == null) {
                found.add(new ModelViolation(at + ".kind", "known-kind", "kind must be TEXT or FILES"));
            }
            List<DossierFileType> types = new ArrayList<>();
            List<String> typeNames = strings(node.get("types"), at + ".types");
            for (int i = 0; i < typeNames.size(); i++) {
                try {
                    types.add(DossierFileType.valueOf(typeNames.get(i)));
                } catch (IllegalArgumentException e) {
                    found.add(new ModelViolation(at + ".types[" + i + "]", "known-file-type",
                            "'" + typeNames.get(i) + "' is not a file type; use PDF, JPEG, PNG or MP4"));
                }
            }
            JsonNode required = node.get("required");
            boolean isRequired = false;
            if (required != null && !required.isNull()) {
                if (required.isBoolean()) {
                    isRequired = required.booleanValue();
                } else {
                    found.add(new ModelViolation(at + ".required", "type", "must be true or false"));
                }
            }
            return new DossierSection(text(node, "code", at + "."), text(node, "name", at + "."), parsedKind,
                    integer(node, "maxChars", at + "."), types, integer(node, "maxFiles", at + "."),
                    integer(node, "maxFileMb", at + "."), isRequired,
                    strings(node.get("subIndicators"), at + ".subIndicators"), text(node, "basis", at + "."));
        }

        MaterialsSection materialsSection(JsonNode node, String at) {
            onlyKeys(node, at, Set.of("title", "text"));
            return new MaterialsSection(text(node, "title", at + "."), text(node, "text", at + "."));
        }

        /** A weight is a number ({@code 0.2}) or a fraction written as text ({@code 1/3}); missing is zero. */
        Weight weight(JsonNode node, String at) {
            JsonNode w = node.get("weight");
            if (w == null || w.isNull()) {
                found.add(new ModelViolation(at + ".weight", "required", "weight is required"));
                return Weight.ZERO;
            }
            try {
                return w.isNumber() ? Weight.of(w.decimalValue()) : Weight.parse(w.asText());
            } catch (IllegalArgumentException e) {
                found.add(new ModelViolation(at + ".weight", "weight-format", e.getMessage()));
                return Weight.ZERO;
            }
        }

        <T> List<T> list(JsonNode node, String at, ElementReader<T> reader) {
            List<T> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                found.add(new ModelViolation(at, "type", "must be a list"));
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                String itemAt = at + "[" + i + "]";
                if (isObject(node.get(i), itemAt)) {
                    out.add(reader.read(node.get(i), itemAt));
                }
            }
            return out;
        }

        List<String> strings(JsonNode node, String at) {
            List<String> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                found.add(new ModelViolation(at, "type", "must be a list of texts"));
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isValueNode()) {
                    out.add(node.get(i).asText());
                } else {
                    found.add(new ModelViolation(at + "[" + i + "]", "type", "must be a text"));
                }
            }
            return out;
        }

        Map<String, RuleSeverity> severities(JsonNode node, String at) {
            Map<String, RuleSeverity> out = new LinkedHashMap<>();
            if (node == null || node.isNull() || !isObject(node, at)) {
                return out;
            }
            node.fields().forEachRemaining(e -> {
                try {
                    out.put(e.getKey(), RuleSeverity.valueOf(e.getValue().asText()));
                } catch (IllegalArgumentException ex) {
                    found.add(new ModelViolation(at + "." + e.getKey(), "known-severity",
                            "'" + e.getValue().asText() + "' is not a severity; use FAIL or WARN"));
                }
            });
            return out;
        }

        Map<String, Integer> intMap(JsonNode node, String at) {
            Map<String, Integer> out = new LinkedHashMap<>();
            if (node == null || node.isNull() || !isObject(node, at)) {
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().canConvertToExactIntegral() && e.getValue().canConvertToInt()) {
                    out.put(e.getKey(), e.getValue().intValue());
                } else {
                    found.add(new ModelViolation(at + "." + e.getKey(), "type", "must be a whole number"));
                }
            }
            return out;
        }

        String text(JsonNode node, String key, String prefix) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                found.add(new ModelViolation(prefix + key, "type", "must be a text"));
                return null;
            }
            return value.asText();
        }

        BigDecimal decimal(JsonNode node, String key, String prefix) {
            JsonNode value = node.get(key);
            if (value == null || !value.isNumber()) {
                found.add(new ModelViolation(prefix + key, "type", "must be a number"));
                return null;
            }
            return value.decimalValue();
        }

        Integer integer(JsonNode node, String key, String prefix) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
                found.add(new ModelViolation(prefix + key, "type", "must be a whole number"));
                return null;
            }
            return value.intValue();
        }

        boolean isObject(JsonNode node, String at) {
            if (node == null || node.isNull()) {
                found.add(new ModelViolation(at, "required", "is required"));
                return false;
            }
            if (!node.isObject()) {
                found.add(new ModelViolation(at, "type", "must be a mapping"));
                return false;
            }
            return true;
        }

        void onlyKeys(JsonNode node, String at, Set<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    found.add(new ModelViolation(at.isEmpty() ? key : at + "." + key, "known-key",
                            "unknown key '" + key + "'; allowed: " + allowed.stream().sorted().toList()));
                }
            });
        }
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonNode node, String at);
    }

}
