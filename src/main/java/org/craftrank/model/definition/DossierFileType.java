package org.craftrank.model.definition;

import java.util.Optional;

/** The kinds of file a dossier section may accept; each is recognised from the file's bytes, never its name. */
public enum DossierFileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    MP4("video/mp4", "mp4");

    private final String mediaType;
    private final String extension;

    DossierFileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose media type is the given one (as a byte sniffer reports it), if it is one of ours. */
    public static Optional<DossierFileType> ofMediaType(String mediaType) {
        for (DossierFileType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
