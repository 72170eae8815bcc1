package org.craftrank.model;

import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.DossierRules;
import org.craftrank.model.definition.EligibilityParameters;
import org.craftrank.model.definition.ExtraField;
import org.craftrank.model.definition.MaterialsSection;
import org.craftrank.model.definition.ScoreScale;
import org.craftrank.model.definition.SourceDocument;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.model.definition.Weight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A scoring model on the wire. The committee's client relies on these names: change them only additively. */
@Schema(name = "ScoringModel")
public record ScoringModelView(String id, String name, String nameEn, SourceDocument source, ScoreScale scale,
                               EligibilityParameters eligibility, List<String> publishableFields,
                               List<String> groups, List<ExtraField> extraFields,
                               List<MaterialsSection> materialsOutline, List<String> notes,
                               @Schema(description = "SHA-256 of the model file's text") String contentHash,
                               List<CapabilityView> capabilities,
                               @Schema(description = "申报材料: the dossier's sections and limits") DossierRules dossier) {

    public record CapabilityView(String code, String name, String nameEn,
                                 @Schema(description = "weight rounded to 10 decimals; exact value in weightExact")
                                 BigDecimal weight,
                                 @Schema(description = "exact weight, e.g. 1/5") String weightExact,
                                 String description, List<SubIndicatorView> subIndicators) {
    }

    public record SubIndicatorView(String code, String name, String nameEn, BigDecimal weight, String weightExact,
                                   @Schema(description = "指标解释") String description,
                                   @Schema(description = "支撑材料") String evidence) {
    }

    public static ScoringModelView of(LoadedModel loaded) {
        var m = loaded.model();
        return new ScoringModelView(m.id(), m.name(), m.nameEn(), m.source(), m.scale(), m.eligibility(),
                m.publishableFields(), m.groups(), m.extraFields(), m.materialsOutline(), m.notes(),
                loaded.contentHash(), m.capabilities().stream().map(ScoringModelView::capability).toList(),
                m.dossier());
    }

    private static CapabilityView capability(Capability c) {
        return new CapabilityView(c.code(), c.name(), c.nameEn(), c.weight().toDisplayDecimal(),
                c.weight().toExactString(), c.description(),
                c.subIndicators().stream().map(ScoringModelView::subIndicator).toList());
    }

    private static SubIndicatorView subIndicator(SubIndicator s) {
        Weight w = s.weight();
        return new SubIndicatorView(s.code(), s.name(), s.nameEn(), w.toDisplayDecimal(), w.toExactString(),
                s.description(), s.evidence());
    }
}
