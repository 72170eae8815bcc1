package org.craftrank.dossier;

/**
 * What a read of a file needs after its access check and audit line: where the bytes are, their size and type, the
 * name to offer, and whether the reader is an expert (whose PDFs are watermarked with their pseudonym).
 */
public record FileContent(long fileId, String storageKey, long sizeBytes, String mediaType, String downloadName,
                          String watermark) {

    public boolean watermarked() {
        return watermark != null;
    }
}
