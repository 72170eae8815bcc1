package org.craftrank.ranking.view;

/** A capability (工匠五力) as the ranking's columns name it. */
public record CapabilityLabel(String code, String name, String nameEn) {
}
