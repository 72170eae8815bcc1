package org.craftrank.model.definition;

/** A model-specific candidate field, such as the Shanghai form's patent counts under 创新力. */
public record ExtraField(String code, String name, ExtraFieldType type, String capability) {

    public enum ExtraFieldType {
        /** yes / no. */
        BOOLEAN,
        /** a non-negative whole number. */
        COUNT
    }
}
