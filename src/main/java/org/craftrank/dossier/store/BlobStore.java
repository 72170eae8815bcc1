package org.craftrank.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where the (already encrypted) bytes of dossier files live: a folder by default, an S3-compatible bucket in
 * production. An object is either stored whole under its key or not at all: a failed {@link #put} leaves nothing.
 */
public interface BlobStore {

    /** A stored object and when it was written, for the orphan purge. */
    record Blob(String key, Instant writtenAt) {
    }

    /** Stores exactly {@code length} bytes from {@code in} under {@code key}, atomically. */
    void put(String key, InputStream in, long length) throws IOException;

    /** The bytes from {@code offset} to the end; {@link java.nio.file.NoSuchFileException} when there is no object. */
    InputStream open(String key, long offset) throws IOException;

    /** Removes the object; removing a missing one is not an error. */
    void delete(String key) throws IOException;

    /** Every stored object. */
    List<Blob> list() throws IOException;
}
