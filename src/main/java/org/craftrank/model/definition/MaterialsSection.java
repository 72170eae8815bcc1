package org.craftrank.model.definition;

/** A section of the supporting-materials outline of a model (e.g. 一、政治素养) shown to experts. */
public record MaterialsSection(String title, String text) {
}
