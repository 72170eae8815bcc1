package org.craftrank.dossier.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3 adapter against a real S3-protocol server (S3Proxy, filesystem backend) in this JVM: encrypted round trips
 * with ranges, two adapters (as two service instances would hold) sharing one bucket, nothing stored when an upload
 * fails, the listing the orphan purge uses, and an unreachable store. No database, so the PostgreSQL run skips it.
 */
@Tag("database-independent")
class S3BlobStoreTest {

    @TempDir
    static Path dir;

    private static S3TestServer server;
    private static S3BlobStore a;
    private static S3BlobStore b;
    private static final byte[] MASTER = new byte[32];

    @BeforeAll
    static void start() throws Exception {
        Arrays.fill(MASTER, (byte) 3);
        server = new S3TestServer(dir).start();
        a = server.store("craftrank-files");
        a.createBucketIfMissing();
        b = server.store("craftrank-files");
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
        server.close();
    }

    private static EncryptedFiles files(BlobStore store) {
        return new EncryptedFiles(store, new ChunkedAead(MASTER));
    }

    private static byte[] bytes(int n) {
        byte[] out = new byte[n];
        new Random(n).nextBytes(out);
        return out;
    }

    @Test
    void anObjectWrittenThroughOneInstanceIsReadWholeAndInRangesThroughTheOther() throws IOException {
        byte[] plain = bytes(3 * ChunkedAead.CHUNK + 123);
        EncryptedFiles one = files(a);
        String key = one.newKey();
        one.put(key, new ByteArrayInputStream(plain), plain.length);

        EncryptedFiles two = files(b);
        try (InputStream in = two.open(key, 0)) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        int from = ChunkedAead.CHUNK + 77;
        try (InputStream in = two.open(key, from)) {
            assertArrayEquals(Arrays.copyOfRange(plain, from, plain.length), in.readAllBytes());
        }
        assertTrue(b.list().stream().anyMatch(blob -> blob.key().equals(key)), "listed by the other instance");
    }

    @Test
    void theBucketHoldsOnlyCiphertextOfTheComputedLength() throws IOException {
        byte[] plain = "证明材料 evidence ".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        EncryptedFiles one = files(a);
        String key = one.newKey();
        one.put(key, new ByteArrayInputStream(plain), plain.length);
        byte[] raw;
        try (InputStream in = a.open(key, 0)) {
            raw = in.readAllBytes();
        }
        assertEquals(ChunkedAead.cipherLength(plain.length), raw.length);
        assertEquals(-1, indexOf(raw, Arrays.copyOf(plain, 24)), "no plain bytes in the bucket");
        try (Stream<Path> stored = Files.walk(server.dir())) {
            for (Path f : stored.filter(Files::isRegularFile).toList()) {
                assertEquals(-1, indexOf(Files.readAllBytes(f), Arrays.copyOf(plain, 24)), "no plain bytes on disk");
            }
        }
    }

    @Test
    void aRemovedObjectIsGoneForBothInstancesAndRemovingItAgainIsNoError() throws IOException {
        EncryptedFiles one = files(a);
        String key = one.newKey();
        one.put(key, new ByteArrayInputStream(bytes(1000)), 1000);
        files(b).delete(key);
        assertThrows(NoSuchFileException.class, () -> one.open(key, 0));
        assertFalse(a.list().stream().anyMatch(blob -> blob.key().equals(key)));
        a.delete(key);
    }

    @Test
    void anUploadThatBreaksOffStoresNothing() throws IOException {
        String key = files(a).newKey();
        byte[] plain = bytes(500_000);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(plain)) {
            private long read;

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (read > 200_000) {
                    throw new IOException("the client went away");
                }
                int n = super.read(buf, off, len);
                read += Math.max(0, n);
                return n;
            }
        };
        assertThrows(IOException.class, () -> files(a).put(key, failing, plain.length));
        assertFalse(b.list().stream().anyMatch(blob -> blob.key().equals(key)), "no object under the key");
        assertThrows(NoSuchFileException.class, () -> b.open(key, 0));
    }

    @Test
    void theListingShowsOnlyThisServicesObjectsWithTheirTimes() throws IOException {
        S3BlobStore otherPrefix = new S3BlobStore(new S3BlobStore.Settings(java.util.Optional.of(server.endpoint()),
                "us-east-1", "craftrank-files", "elsewhere/", true, java.util.Optional.of(S3TestServer.IDENTITY),
                java.util.Optional.of(S3TestServer.CREDENTIAL), java.util.Optional.empty(),
                java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(10)));
        String foreign = UUID.randomUUID().toString().replace("-", "");
        otherPrefix.put(foreign, new ByteArrayInputStream(new byte[10]), 10);
        String ours = files(a).newKey();
        files(a).put(ours, new ByteArrayInputStream(new byte[10]), 10);
        List<BlobStore.Blob> listed = b.list();
        assertTrue(listed.stream().anyMatch(blob -> blob.key().equals(ours) && blob.writtenAt() != null));
        assertFalse(listed.stream().anyMatch(blob -> blob.key().equals(foreign)), "another prefix is not ours");
        otherPrefix.close();
    }

    @Test
    void anUnreachableStoreIsReportedAsUnavailableWithoutKeysOrSecrets() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (S3BlobStore down = new S3BlobStore(S3TestServer.settings(URI.create("http://127.0.0.1:" + closed),
                "craftrank-files"))) {
            String key = files(down).newKey();
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                    () -> files(down).put(key, new ByteArrayInputStream(new byte[100]), 100));
            assertTrue(e.getMessage().contains("could not be reached"), e.getMessage());
            assertFalse(e.getMessage().contains(key));
            assertFalse(e.getMessage().contains(S3TestServer.CREDENTIAL));
            assertThrows(StoreUnavailableException.class, down::list);
            assertThrows(StoreUnavailableException.class, () -> down.open(key, 0));
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
