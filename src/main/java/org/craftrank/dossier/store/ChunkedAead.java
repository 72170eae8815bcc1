package org.craftrank.dossier.store;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Streaming authenticated encryption of dossier files: AES-256-GCM over chunks of 64 KiB, in the manner of the
 * STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015) that Tink's streaming AEAD also follows.
 *
 * <p>Layout: {@code "CRF1"} ‖ 32-byte random salt ‖ chunk 0 ‖ chunk 1 ‖ … where each chunk is the GCM ciphertext of
 * up to 64 KiB with its 16-byte tag. Each file gets its own key, HMAC-SHA256(master, salt); chunk {@code i}'s nonce
 * is {@code i} (8 bytes) ‖ 3 zero bytes ‖ 1 if it is the last chunk else 0, so chunks cannot be reordered, dropped or
 * the file truncated without the tag check failing; the storage key is the associated data, so a file cannot be
 * passed off under another file's key. Only one chunk is ever in memory, and a reader may start at any chunk, which
 * serves range requests without decrypting what comes before.
 */
public final class ChunkedAead {

    public static final int CHUNK = 64 * 1024;
    static final int TAG = 16;
    static final byte[] MAGIC = "CRF1".getBytes(StandardCharsets.US_ASCII);
    static final int SALT = 32;
    public static final int HEADER = 4 + SALT;

    private final byte[] master;
    private final SecureRandom random = new SecureRandom();

    /** @param master 32 bytes, e.g. derived from the personal-data key for this purpose only */
    public ChunkedAead(byte[] master) {
        if (master.length != 32) {
            throw new IllegalArgumentException("the file key must be 32 bytes");
        }
        this.master = master.clone();
    }

    /** How many bytes the encrypted form of {@code plainLength} bytes takes. */
    public static long cipherLength(long plainLength) {
        long chunks = Math.max(1, (plainLength + CHUNK - 1) / CHUNK);
        return HEADER + plainLength + chunks * TAG;
    }

    /** A stream of the encrypted form of {@code plain}, computed a chunk at a time as it is read. */
    public InputStream encrypting(InputStream plain, String storageKey) {
        byte[] salt = new byte[SALT];
        random.nextBytes(salt);
        return new Encrypting(new PushbackInputStream(plain, 1), fileKey(salt), aad(storageKey), salt);
    }

    /**
     * The plain bytes from {@code plainOffset} on, given a source that starts at {@link #sourceOffset} of it. The
     * header is read separately ({@code header}: the first {@link #HEADER} bytes of the object).
     */
    public InputStream decrypting(byte[] header, InputStream fromChunk, long plainOffset, String storageKey)
            throws IOException {
        if (header.length != HEADER || !Arrays.equals(Arrays.copyOf(header, 4), MAGIC)) {
            throw new IOException("not an encrypted dossier file");
        }
        byte[] salt = Arrays.copyOfRange(header, 4, HEADER);
        long chunk = plainOffset / CHUNK;
        Decrypting d = new Decrypting(new PushbackInputStream(fromChunk, 1), fileKey(salt), aad(storageKey), chunk);
        long skip = plainOffset % CHUNK;
        while (skip > 0) {
            long n = d.skip(skip);
            if (n <= 0) {
                throw new EOFException("offset beyond the end of the file");
            }
            skip -= n;
        }
        return d;
    }

    /** Where in the encrypted object the chunk holding {@code plainOffset} starts. */
    public static long sourceOffset(long plainOffset) {
        return HEADER + (plainOffset / CHUNK) * (CHUNK + TAG);
    }

    private SecretKeySpec fileKey(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(salt), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] aad(String storageKey) {
        return storageKey.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] nonce(long index, boolean last) {
        return ByteBuffer.allocate(12).putLong(index).put(new byte[3]).put((byte) (last ? 1 : 0)).array();
    }

    /** Reads up to {@code n} bytes; fewer only at the end of the stream. */
    private static int readUpTo(InputStream in, byte[] buf, int n) throws IOException {
        int total = 0;
        while (total < n) {
            int r = in.read(buf, total, n - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    private static boolean atEnd(PushbackInputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            return true;
        }
        in.unread(b);
        return false;
    }

    private abstract static class ChunkStream extends InputStream {
        byte[] out = new byte[0];
        int pos;
        boolean done;

        abstract boolean fill() throws IOException;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos >= out.length) {
                if (done || !fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, out.length - pos);
            System.arraycopy(out, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static final class Encrypting extends ChunkStream {
        private final PushbackInputStream plain;
        private final SecretKeySpec key;
        private final byte[] aad;
        private final byte[] buf = new byte[CHUNK];
        private long index;
        private boolean headerSent;
        private final byte[] salt;

        Encrypting(PushbackInputStream plain, SecretKeySpec key, byte[] aad, byte[] salt) {
            this.plain = plain;
            this.key = key;
            this.aad = aad;
            this.salt = salt;
        }

        @Override
        boolean fill() throws IOException {
            if (!headerSent) {
                headerSent = true;
                out = ByteBuffer.allocate(HEADER).put(MAGIC).put(salt).array();
                pos = 0;
                return true;
            }
            int n = readUpTo(plain, buf, CHUNK);
            boolean last = n < CHUNK || atEnd(plain);
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce(index++, last)));
                cipher.updateAAD(aad);
                out = cipher.doFinal(buf, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed", e);
            }
            pos = 0;
            done = last;
            return true;
        }

        @Override
        public void close() throws IOException {
            plain.close();
        }
    }

    private static final class Decrypting extends ChunkStream {
        private final PushbackInputStream source;
        private final SecretKeySpec key;
        private final byte[] aad;
        private final byte[] buf = new byte[CHUNK + TAG];
        private long index;

        Decrypting(PushbackInputStream source, SecretKeySpec key, byte[] aad, long firstChunk) {
            this.source = source;
            this.key = key;
            this.aad = aad;
            this.index = firstChunk;
        }

        @Override
        boolean fill() throws IOException {
            int n = readUpTo(source, buf, CHUNK + TAG);
            if (n < TAG) {
                throw new IOException("the encrypted file is truncated");
            }
            boolean last = n < CHUNK + TAG || atEnd(source);
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce(index++, last)));
                cipher.updateAAD(aad);
                out = cipher.doFinal(buf, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IOException("the encrypted file fails its integrity check", e);
            }
            pos = 0;
            done = last;
            return true;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
