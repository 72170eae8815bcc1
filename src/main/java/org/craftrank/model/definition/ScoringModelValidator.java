package org.craftrank.model.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed model against the rules every model must meet. One method per rule; each returns what it
 * found so that a file with several faults is reported whole.
 */
public final class ScoringModelValidator {

    static final Pattern ID_SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final Pattern CODE_SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public List<ModelViolation> validate(ScoringModel model) {
        List<ModelViolation> found = new ArrayList<>();
        idIsWellFormed(model, found);
        requiredTextsPresent(model, found);
        scaleIsSane(model.scale(), found);
        atLeastOneItemPerLevel(model, found);
        weightsArePositive(model, found);
        weightsSumToOne(model, found);
        codesAreWellFormedAndUnique(model, found);
        eligibilityIsSane(model.eligibility(), found);
        declarationRulesNameKnownFlags(model.eligibility(), found);
        publishableFieldsAreKnownAndNotPersonal(model, found);
        groupsAreUnique(model, found);
        extraFieldsAreUniqueAndAttached(model, found);
        dossierSectionsAreSane(model, found);
        return found;
    }

    void idIsWellFormed(ScoringModel model, List<ModelViolation> found) {
        if (model.id() == null || !ID_SHAPE.matcher(model.id()).matches()) {
            found.add(new ModelViolation("id", "id-shape",
                    "id '" + model.id() + "' must be 2-63 lower-case letters, digits or '-'"));
        }
    }

    void requiredTextsPresent(ScoringModel model, List<ModelViolation> found) {
        requireText(model.name(), "name", found);
        requireText(model.source() == null ? null : model.source().title(), "source.title", found);
        for (int c = 0; c < model.capabilities().size(); c++) {
            Capability capability = model.capabilities().get(c);
            requireText(capability.name(), "capabilities[" + c + "].name", found);
            for (int s = 0; s < capability.subIndicators().size(); s++) {
                SubIndicator sub = capability.subIndicators().get(s);
                String at = "capabilities[" + c + "].subIndicators[" + s + "]";
                requireText(sub.name(), at + ".name", found);
                requireText(sub.description(), at + ".description", found);
            }
        }
    }

    void scaleIsSane(ScoreScale scale, List<ModelViolation> found) {
        if (scale == null) {
            found.add(new ModelViolation("scale", "required", "scale (min, max, step) is required"));
            return;
        }
        if (scale.min().signum() < 0) {
            found.add(new ModelViolation("scale.min", "scale-sane", "min " + scale.min() + " is negative"));
        }
        if (scale.max().compareTo(scale.min()) <= 0) {
            found.add(new ModelViolation("scale.max", "scale-sane",
                    "max " + scale.max() + " must be greater than min " + scale.min()));
        } else if (scale.step().signum() <= 0) {
            found.add(new ModelViolation("scale.step", "scale-sane", "step " + scale.step() + " must be positive"));
        } else if (!scale.stepDividesRange()) {
            found.add(new ModelViolation("scale.step", "scale-sane", "step " + scale.step()
                    + " does not divide the range " + scale.min() + "–" + scale.max() + " into whole steps"));
        }
    }

    void atLeastOneItemPerLevel(ScoringModel model, List<ModelViolation> found) {
        if (model.capabilities().isEmpty()) {
            found.add(new ModelViolation("capabilities", "not-empty", "a model needs at least one capability"));
        }
        for (int c = 0; c < model.capabilities().size(); c++) {
            if (model.capabilities().get(c).subIndicators().isEmpty()) {
                found.add(new ModelViolation("capabilities[" + c + "].subIndicators", "not-empty",
                        "capability " + model.capabilities().get(c).code() + " has no sub-indicators"));
            }
        }
    }

    void weightsArePositive(ScoringModel model, List<ModelViolation> found) {
        for (int c = 0; c < model.capabilities().size(); c++) {
            Capability capability = model.capabilities().get(c);
            if (!capability.weight().isPositive()) {
                found.add(new ModelViolation("capabilities[" + c + "].weight", "weight-positive",
                        "weight " + capability.weight() + " of " + capability.code() + " must be greater than 0"));
            }
            for (int s = 0; s < capability.subIndicators().size(); s++) {
                SubIndicator sub = capability.subIndicators().get(s);
                if (!sub.weight().isPositive()) {
                    found.add(new ModelViolation("capabilities[" + c + "].subIndicators[" + s + "].weight",
                            "weight-positive", "weight " + sub.weight() + " of " + sub.code()
                            + " must be greater than 0"));
                }
            }
        }
    }

    /** At each level the weights must add up to exactly 1, compared as fractions, not floating point. */
    void weightsSumToOne(ScoringModel model, List<ModelViolation> found) {
        Weight total = model.capabilities().stream().map(Capability::weight).reduce(Weight.ZERO, Weight::plus);
        if (!model.capabilities().isEmpty() && !total.equals(Weight.ONE)) {
            found.add(new ModelViolation("capabilities", "weights-sum-to-one",
                    "capability weights sum to " + total + ", not exactly 1"));
        }
        for (int c = 0; c < model.capabilities().size(); c++) {
            Capability capability = model.capabilities().get(c);
            Weight subTotal = capability.subIndicators().stream().map(SubIndicator::weight)
                    .reduce(Weight.ZERO, Weight::plus);
            if (!capability.subIndicators().isEmpty() && !subTotal.equals(Weight.ONE)) {
                found.add(new ModelViolation("capabilities[" + c + "].subIndicators", "weights-sum-to-one",
                        "sub-indicator weights of " + capability.code() + " sum to " + subTotal
                                + ", not exactly 1"));
            }
        }
    }

    /** Capability and sub-indicator codes share one namespace: scores and errors name items by code alone. */
    void codesAreWellFormedAndUnique(ScoringModel model, List<ModelViolation> found) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < model.capabilities().size(); c++) {
            Capability capability = model.capabilities().get(c);
            checkCode(capability.code(), "capabilities[" + c + "].code", seen, found);
            for (int s = 0; s < capability.subIndicators().size(); s++) {
                checkCode(capability.subIndicators().get(s).code(),
                        "capabilities[" + c + "].subIndicators[" + s + "].code", seen, found);
            }
        }
    }

    void eligibilityIsSane(EligibilityParameters eligibility, List<ModelViolation> found) {
        if (eligibility == null) {
            found.add(new ModelViolation("eligibility", "required", "eligibility parameters are required"));
            return;
        }
        if (eligibility.minShopFloorYears().isEmpty()) {
            found.add(new ModelViolation("eligibility.minShopFloorYears", "not-empty",
                    "name at least one campaign level (NATIONAL, PROVINCIAL, CITY) and its minimum years"));
        }
        eligibility.minShopFloorYears().forEach((level, years) -> {
            if (years < 0) {
                found.add(new ModelViolation("eligibility.minShopFloorYears." + level, "non-negative",
                        "minimum shop-floor years " + years + " is negative"));
            }
        });
        if (eligibility.advisoryMaxAge() != null && eligibility.advisoryMaxAge() <= 0) {
            found.add(new ModelViolation("eligibility.advisoryMaxAge", "positive",
                    "advisory maximum age " + eligibility.advisoryMaxAge() + " must be positive"));
        }
        if (eligibility.requiredOutsideReferees() < 0) {
            found.add(new ModelViolation("eligibility.requiredOutsideReferees", "non-negative",
                    "required referees " + eligibility.requiredOutsideReferees() + " is negative"));
        }
        if (eligibility.maxPerGroupCompanyPerUnit() != null && eligibility.maxPerGroupCompanyPerUnit() <= 0) {
            found.add(new ModelViolation("eligibility.maxPerGroupCompanyPerUnit", "positive",
                    "per-group-company limit must be positive"));
        }
        for (Map.Entry<String, Integer> limit : eligibility.textLimits().entrySet()) {
            String at = "eligibility.textLimits." + limit.getKey();
            if (!CandidateFieldNames.LIMITABLE_TEXTS.contains(limit.getKey())) {
                found.add(new ModelViolation(at, "known-field", "'" + limit.getKey()
                        + "' is not a candidate text field; use one of " + sorted(CandidateFieldNames.LIMITABLE_TEXTS)));
            } else if (limit.getValue() <= 0) {
                found.add(new ModelViolation(at, "positive", "text limit " + limit.getValue() + " must be positive"));
            }
        }
    }

    void declarationRulesNameKnownFlags(EligibilityParameters eligibility, List<ModelViolation> found) {
        if (eligibility == null) {
            return;
        }
        for (String flag : eligibility.declarationRules().keySet()) {
            if (!CandidateFieldNames.DECLARATIONS.contains(flag)) {
                found.add(new ModelViolation("eligibility.declarationRules." + flag, "known-field", "'" + flag
                        + "' is not a declared flag; use one of " + sorted(CandidateFieldNames.DECLARATIONS)));
            }
        }
    }

    void publishableFieldsAreKnownAndNotPersonal(ScoringModel model, List<ModelViolation> found) {
        for (int i = 0; i < model.publishableFields().size(); i++) {
            String field = model.publishableFields().get(i);
            if (CandidateFieldNames.PERSONAL.contains(field)) {
                found.add(new ModelViolation("publishableFields[" + i + "]", "not-personal",
                        "'" + field + "' is personal data and can never be published"));
            } else if (!CandidateFieldNames.PUBLISHABLE_CANDIDATES.contains(field)) {
                found.add(new ModelViolation("publishableFields[" + i + "]", "known-field", "'" + field
                        + "' is not a publishable candidate field; use one of "
                        + sorted(CandidateFieldNames.PUBLISHABLE_CANDIDATES)));
            }
        }
    }

    void groupsAreUnique(ScoringModel model, List<ModelViolation> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < model.groups().size(); i++) {
            String group = model.groups().get(i);
            if (group == null || group.isBlank()) {
                found.add(new ModelViolation("groups[" + i + "]", "required", "group name is empty"));
            } else if (!seen.add(group)) {
                found.add(new ModelViolation("groups[" + i + "]", "unique", "group '" + group + "' appears twice"));
            }
        }
    }

    void extraFieldsAreUniqueAndAttached(ScoringModel model, List<ModelViolation> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < model.extraFields().size(); i++) {
            ExtraField field = model.extraFields().get(i);
            String at = "extraFields[" + i + "]";
            if (field.code() == null || !field.code().matches("[a-z][A-Za-z0-9]{0,31}")) {
                found.add(new ModelViolation(at + ".code", "code-shape",
                        "extra field code '" + field.code() + "' must be camelCase letters and digits"));
            } else if (!seen.add(field.code())) {
                found.add(new ModelViolation(at + ".code", "unique", "extra field '" + field.code() + "' appears twice"));
            }
            requireText(field.name(), at + ".name", found);
            if (field.capability() != null && model.capability(field.capability()).isEmpty()) {
                found.add(new ModelViolation(at + ".capability", "known-capability",
                        "capability '" + field.capability() + "' is not defined in this model"));
            }
        }
    }

    private static void checkCode(String code, String at, Set<String> seen, List<ModelViolation> found) {
        if (code == null || !CODE_SHAPE.matcher(code).matches()) {
            found.add(new ModelViolation(at, "code-shape",
                    "code '" + code + "' must be upper-case letters, digits or '_', starting with a letter"));
        } else if (!seen.add(code)) {
            found.add(new ModelViolation(at, "codes-unique", "code '" + code + "' is used more than once"));
        }
    }

    private static void requireText(String text, String at, List<ModelViolation> found) {
        if (text == null || text.isBlank()) {
            found.add(new ModelViolation(at, "required", "text is required"));
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** The most one file may be: a dossier travels through uploads and backups, so a section cannot ask for more. */
    static final int MAX_FILE_MB = 1024;

    /**
     * Dossier sections: codes well formed and unique; a TEXT section has a positive character limit and no file
     * settings; a FILES section names at least one type, allows at least one file and a size within the
     * candidate's total; linked items exist; every section quotes the notice it comes from ({@code basis}).
     */
    void dossierSectionsAreSane(ScoringModel model, List<ModelViolation> found) {
        DossierRules dossier = model.dossier();
        if (dossier.sections().isEmpty()) {
            return;
        }
        if (dossier.maxTotalMb() == null || dossier.maxTotalMb() <= 0) {
            found.add(new ModelViolation("dossier.maxTotalMb", "positive",
                    "maxTotalMb (the most one candidate may store) must be a positive number of MiB"));
        }
        Set<String> items = new HashSet<>();
        model.subIndicators().forEach(s -> items.add(s.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < dossier.sections().size(); i++) {
            DossierSection s = dossier.sections().get(i);
            String at = "dossier.sections[" + i + "]";
            if (s.code() == null || !CODE_SHAPE.matcher(s.code()).matches()) {
                found.add(new ModelViolation(at + ".code", "code-shape",
                        "section code '" + s.code() + "' must be upper-case letters, digits or '_'"));
            } else if (!seen.add(s.code())) {
                found.add(new ModelViolation(at + ".code", "codes-unique", "section code " + s.code() + " repeats"));
            }
            requireText(s.name(), at + ".name", found);
            requireText(s.basis(), at + ".basis", found);
            if (s.kind() == DossierSection.Kind.TEXT) {
                if (s.maxChars() == null || s.maxChars() <= 0) {
                    found.add(new ModelViolation(at + ".maxChars", "positive",
                            "a TEXT section needs a positive maxChars"));
                }
                if (!s.types().isEmpty() || s.maxFiles() != null || s.maxFileMb() != null) {
                    found.add(new ModelViolation(at, "kind-settings",
                            "a TEXT section takes no types, maxFiles or maxFileMb"));
                }
            } else if (s.kind() == DossierSection.Kind.FILES) {
                if (s.types().isEmpty()) {
                    found.add(new ModelViolation(at + ".types", "required", "a FILES section names its file types"));
                }
                if (new HashSet<>(s.types()).size() != s.types().size()) {
                    found.add(new ModelViolation(at + ".types", "unique", "a file type is listed twice"));
                }
                if (s.maxFiles() == null || s.maxFiles() <= 0) {
                    found.add(new ModelViolation(at + ".maxFiles", "positive",
                            "a FILES section allows at least one file"));
                }
                if (s.maxFileMb() == null || s.maxFileMb() <= 0 || s.maxFileMb() > MAX_FILE_MB) {
                    found.add(new ModelViolation(at + ".maxFileMb", "positive",
                            "maxFileMb must be between 1 and " + MAX_FILE_MB));
                } else if (dossier.maxTotalMb() != null && s.maxFileMb() > dossier.maxTotalMb()) {
                    found.add(new ModelViolation(at + ".maxFileMb", "within-total",
                            "maxFileMb " + s.maxFileMb() + " exceeds the candidate's maxTotalMb "
                                    + dossier.maxTotalMb()));
                }
                if (s.maxChars() != null) {
                    found.add(new ModelViolation(at + ".maxChars", "kind-settings",
                            "a FILES section takes no maxChars"));
                }
            }
            for (int j = 0; j < s.subIndicators().size(); j++) {
                if (!items.contains(s.subIndicators().get(j))) {
                    found.add(new ModelViolation(at + ".subIndicators[" + j + "]", "known-item",
                            "'" + s.subIndicators().get(j) + "' is not a sub-indicator of this model"));
                }
            }
        }
    }
}
