package org.craftrank.model.definition;

import java.util.List;

/** 一级指标: one of the five craftsman capabilities (工匠五力) with its weighted sub-indicators. */
public record Capability(String code, String name, String nameEn, Weight weight, String description,
                         List<SubIndicator> subIndicators) {

    public Capability {
        subIndicators = List.copyOf(subIndicators);
    }
}
