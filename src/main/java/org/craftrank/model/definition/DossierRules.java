package org.craftrank.model.definition;

import java.util.List;
import java.util.Optional;

/**
 * What a model asks of a candidate's dossier: its sections and the most bytes one candidate may store.
 * A model without a {@code dossier} key has no sections, and no files can be uploaded for its campaigns.
 */
public record DossierRules(Integer maxTotalMb, List<DossierSection> sections, String recommendationForm) {

    public static final DossierRules NONE = new DossierRules(0, List.of(), null);

    /** The 2024 national notice's annex 4, 大国工匠培育对象推荐表. */
    public static final String FORM_NATIONAL_2024 = "national-2024";
    /** The 2026 provincial notice's annex 2, 大国工匠人才推荐表 (under the 2025 measures). */
    public static final String FORM_NATIONAL_2026 = "national-2026";
    /** The recommendation forms the service can generate. */
    public static final List<String> FORMS = List.of(FORM_NATIONAL_2024, FORM_NATIONAL_2026);

    public DossierRules {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public DossierRules(Integer maxTotalMb, List<DossierSection> sections) {
        this(maxTotalMb, sections, null);
    }

    /** Which 推荐表 the platform generates for the model's candidates, if any. */
    public Optional<String> form() {
        return Optional.ofNullable(recommendationForm);
    }

    public long maxTotalBytes() {
        return maxTotalMb == null ? 0 : maxTotalMb * 1024L * 1024L;
    }

    public Optional<DossierSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
