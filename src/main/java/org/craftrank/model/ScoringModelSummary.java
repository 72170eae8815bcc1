package org.craftrank.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the model list. */
@Schema(name = "ScoringModelSummary")
public record ScoringModelSummary(String id, String name, String nameEn, String sourceTitle, int capabilityCount,
                                  long subIndicatorCount, String contentHash) {

    public static ScoringModelSummary of(LoadedModel loaded) {
        var m = loaded.model();
        return new ScoringModelSummary(m.id(), m.name(), m.nameEn(), m.source().title(), m.capabilities().size(),
                m.subIndicators().count(), loaded.contentHash());
    }
}
