package org.craftrank.model.definition;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 评价指标体系: capabilities × sub-indicators with weights, the score scale and the notice's rules, exactly
 * as one file in {@code scoring-models/} states them. Immutable; a campaign keeps its own frozen copy.
 */
public record ScoringModel(String id, String name, String nameEn, SourceDocument source, ScoreScale scale,
                           EligibilityParameters eligibility, List<String> publishableFields,
                           List<String> groups, List<ExtraField> extraFields,
                           List<MaterialsSection> materialsOutline, List<String> notes,
                           List<Capability> capabilities, DossierRules dossier) {

    public ScoringModel {
        publishableFields = List.copyOf(publishableFields);
        groups = List.copyOf(groups);
        extraFields = List.copyOf(extraFields);
        materialsOutline = List.copyOf(materialsOutline);
        notes = List.copyOf(notes);
        capabilities = List.copyOf(capabilities);
        dossier = dossier == null ? DossierRules.NONE : dossier;
    }

    public Stream<SubIndicator> subIndicators() {
        return capabilities.stream().flatMap(c -> c.subIndicators().stream());
    }

    public Optional<Capability> capability(String code) {
        return capabilities.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean hasGroups() {
        return !groups.isEmpty();
    }
}
