package org.craftrank.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The file port the dossier uses: plain bytes in and out, encrypted ({@link ChunkedAead}) on their way to and from
 * whichever {@link BlobStore} holds them, so an S3 bucket holds only ciphertext too.
 */
public final class EncryptedFiles {

    private final BlobStore blobs;
    private final ChunkedAead aead;
    private final SecureRandom random = new SecureRandom();

    public EncryptedFiles(BlobStore blobs, ChunkedAead aead) {
        this.blobs = blobs;
        this.aead = aead;
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** A new random storage key: 32 hex digits, saying nothing about whose file it is. */
    public String newKey() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Encrypts and stores exactly {@code plainLength} bytes; all or nothing. */
    public void put(String key, InputStream plain, long plainLength) throws IOException {
        try (InputStream sealed = aead.encrypting(plain, key)) {
            blobs.put(key, sealed, ChunkedAead.cipherLength(plainLength));
        }
    }

    /** The plain bytes from {@code offset} on; the caller closes the stream. */
    public InputStream open(String key, long offset) throws IOException {
        byte[] header;
        try (InputStream head = blobs.open(key, 0)) {
            header = head.readNBytes(ChunkedAead.HEADER);
        }
        InputStream fromChunk = blobs.open(key, ChunkedAead.sourceOffset(offset));
        return aead.decrypting(header, fromChunk, offset, key);
    }

    public void delete(String key) throws IOException {
        blobs.delete(key);
    }
}
