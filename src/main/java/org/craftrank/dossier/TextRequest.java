package org.craftrank.dossier;

/** The text of a TEXT section; empty or blank removes it. */
public record TextRequest(String text) {
}
