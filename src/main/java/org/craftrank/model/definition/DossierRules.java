package org.craftrank.model.definition;

import java.util.List;
import java.util.Optional;

/**
 * What a model asks of a candidate's dossier: its sections and the most bytes one candidate may store.
 * A model without a {@code dossier} key has no sections, and no files can be uploaded for its campaigns.
 */
public record DossierRules(Integer maxTotalMb, List<DossierSection> sections) {

    public static final DossierRules NONE = new DossierRules(0, List.of());

    public DossierRules {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public long maxTotalBytes() {
        return maxTotalMb == null ? 0 : maxTotalMb * 1024L * 1024L;
    }

    public Optional<DossierSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
