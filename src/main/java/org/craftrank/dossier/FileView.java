package org.craftrank.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One dossier file on the wire. For an expert, {@code uploadedBy} is always null (an account names a unit), and in a
 * blind campaign {@code fileName} is null too (a name often names the person).
 */
public record FileView(long id, String section, @Schema(description = "as uploaded; null for experts in a blind campaign")
                       String fileName, @Schema(description = "detected from the bytes") String mediaType,
                       long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
