package org.craftrank.dossier;

import org.craftrank.model.definition.DossierFileType;

import java.util.List;

/** One section of a candidate's dossier: what the model asks (quoted) and what the unit has given. */
public record SectionView(String code, String name, String kind, boolean required, Integer maxChars,
                          List<DossierFileType> types, Integer maxFiles, Long maxFileBytes, List<String> subIndicators,
                          String basis, List<FileView> files, String text, boolean complete) {
}
