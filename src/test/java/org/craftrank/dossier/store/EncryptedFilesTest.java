package org.craftrank.dossier.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptedFilesTest {

    @TempDir
    Path dir;

    private final byte[] master = new byte[32];

    private EncryptedFiles files() {
        Arrays.fill(master, (byte) 7);
        return new EncryptedFiles(new FolderBlobStore(dir), new ChunkedAead(master));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, ChunkedAead.CHUNK - 1, ChunkedAead.CHUNK, ChunkedAead.CHUNK + 1, 3 * ChunkedAead.CHUNK + 5})
    void roundTripsAnySizeAndStoresOnlyCiphertextOfTheComputedLength(int size) throws IOException {
        EncryptedFiles files = files();
        byte[] plain = bytes(size);
        String key = files.newKey();
        files.put(key, new ByteArrayInputStream(plain), plain.length);
        try (InputStream in = files.open(key, 0)) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        Path stored = onlyFile();
        assertEquals(ChunkedAead.cipherLength(size), Files.size(stored));
        if (size > 16) {
            byte[] raw = Files.readAllBytes(stored);
            assertEquals(-1, indexOf(raw, Arrays.copyOf(plain, 16)), "the plain bytes are not on disk");
        }
    }

    @Test
    void readsFromAnyOffsetWithoutTheBytesBefore() throws IOException {
        EncryptedFiles files = files();
        byte[] plain = bytes(5 * ChunkedAead.CHUNK + 123);
        String key = files.newKey();
        files.put(key, new ByteArrayInputStream(plain), plain.length);
        for (long offset : new long[] {0, 1, ChunkedAead.CHUNK, 2 * ChunkedAead.CHUNK + 77, plain.length - 1}) {
            try (InputStream in = files.open(key, offset)) {
                assertArrayEquals(Arrays.copyOfRange(plain, (int) offset, plain.length), in.readAllBytes(),
                        "from " + offset);
            }
        }
    }

    @Test
    void aFlippedBitATruncationOrAnotherKeyFailsTheIntegrityCheck() throws IOException {
        EncryptedFiles files = files();
        byte[] plain = bytes(3 * ChunkedAead.CHUNK);
        String key = files.newKey();
        files.put(key, new ByteArrayInputStream(plain), plain.length);
        Path stored = onlyFile();
        byte[] raw = Files.readAllBytes(stored);

        byte[] flipped = raw.clone();
        flipped[ChunkedAead.HEADER + 100] ^= 1;
        Files.write(stored, flipped);
        assertThrows(IOException.class, () -> files.open(key, 0).readAllBytes());

        // drop the last whole chunk: the chunk before it was not sealed as the last one
        Files.write(stored, Arrays.copyOf(raw, (int) ChunkedAead.sourceOffset(2L * ChunkedAead.CHUNK)));
        assertThrows(IOException.class, () -> files.open(key, 0).readAllBytes());

        // the same bytes under another key (the key is the associated data)
        Files.write(stored, raw);
        String other = files.newKey();
        files.blobs().put(other, new ByteArrayInputStream(raw), raw.length);
        assertThrows(IOException.class, () -> files.open(other, 0).readAllBytes());
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        EncryptedFiles files = files();
        InputStream failing = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (++n > 200_000) {
                    throw new IOException("client went away");
                }
                return 1;
            }
        };
        String key = files.newKey();
        assertThrows(IOException.class, () -> files.put(key, failing, 1_000_000));
        assertTrue(files.blobs().list().isEmpty(), "no object and no temporary file");
        assertThrows(NoSuchFileException.class, () -> files.open(key, 0));
        // a short stream is refused too, rather than stored as if complete
        assertThrows(IOException.class, () -> files.put(key, new ByteArrayInputStream(bytes(10)), 20));
        assertTrue(files.blobs().list().isEmpty());
    }

    @Test
    void keysAreRandomAndTheStoreRefusesAnythingElse() throws IOException {
        EncryptedFiles files = files();
        assertFalse(files.newKey().equals(files.newKey()));
        assertThrows(IllegalArgumentException.class, () -> files.delete("../../etc/passwd"));
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            var all = s.filter(Files::isRegularFile).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
