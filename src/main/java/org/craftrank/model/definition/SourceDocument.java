package org.craftrank.model.definition;

/** The notice a model is transcribed from: title, section (annex), issuer and date, as printed. */
public record SourceDocument(String title, String section, String issuer, String date) {
}
