package org.craftrank.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.craftrank.dossier.DossierService;
import org.craftrank.dossier.TestFiles;
import org.craftrank.dossier.store.BlobStore;
import org.craftrank.dossier.store.S3BlobStore;
import org.craftrank.dossier.store.S3TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.craftrank.testing.Auth.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service with {@code craftrank.files.store=s3} against a real S3-protocol server (S3Proxy in this JVM): files go
 * to the bucket encrypted and come back whole and by range; another instance's adapter on the same bucket sees them;
 * the orphan purge removes objects no row names; an unreachable store answers 503 and stores nothing.
 */
@QuarkusTest
@TestProfile(S3DossierApiTest.S3Store.class)
class S3DossierApiTest {

    static final String BUCKET = "craftrank-dossiers";

    /** Starts the S3 server before the application and points the file store at it. */
    public static class Server implements QuarkusTestResourceLifecycleManager {
        static S3TestServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = new S3TestServer(Files.createTempDirectory("craftrank-s3")).start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of("craftrank.files.store", "s3",
                    "craftrank.files.s3.endpoint", server.endpoint().toString(),
                    "craftrank.files.s3.bucket", BUCKET,
                    "craftrank.files.s3.access-key-id", S3TestServer.IDENTITY,
                    "craftrank.files.s3.secret-access-key", S3TestServer.CREDENTIAL,
                    "craftrank.files.s3.create-bucket", "true",
                    "craftrank.files.s3.connect-timeout", "1S",
                    "craftrank.files.s3.read-timeout", "5S",
                    // every object without a row is an orphan at once here (no uploads run beside the purge)
                    "craftrank.files.orphan-grace", "0S");
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static class S3Store implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Server.class));
        }
    }

    @Inject
    DossierService service;

    /** Another instance's view of the same bucket. */
    private static S3BlobStore other;

    private long campaign;
    private long candidate;
    private String operator;

    @BeforeAll
    static void otherInstance() {
        other = Server.server.store(BUCKET);
    }

    @AfterAll
    static void closeOther() {
        other.close();
    }

    @BeforeEach
    void nomination() {
        long[] ids = Api.nominatingCampaign(3);
        campaign = ids[0];
        candidate = Api.nominate(campaign, ids[1]);
        operator = "unit-s3-" + System.nanoTime();
        Api.post("/api/accounts", Map.of("username", operator, "displayName", "单位", "role", "UNIT",
                "unitId", ids[1], "password", Api.PASSWORD)).statusCode(201);
    }

    private String base() {
        return "/api/campaigns/" + campaign + "/candidates/" + candidate + "/dossier";
    }

    private RequestSpecification unit() {
        return DossierApiTest.csrf(as(operator, Api.PASSWORD));
    }

    private Set<String> objects() throws IOException {
        return other.list().stream().map(BlobStore.Blob::key).collect(Collectors.toSet());
    }

    @Test
    void aFileGoesToTheBucketEncryptedAndComesBackWholeAndByRange() throws IOException {
        byte[] pdf = TestFiles.pdf("S3 evidence " + "x".repeat(2000));
        Set<String> before = objects();
        long id = unit().multiPart("file", "s3.pdf", pdf).post(base() + "/sections/LEAD1/files").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Set<String> added = objects();
        added.removeAll(before);
        assertEquals(1, added.size(), "one object in the bucket");
        String key = added.iterator().next();
        byte[] raw;
        try (InputStream in = other.open(key, 0)) {
            raw = in.readAllBytes();
        }
        assertFalse(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"),
                "the bucket holds ciphertext, not the PDF");

        byte[] back = as(operator, Api.PASSWORD).get(base() + "/files/" + id + "/content").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(pdf, back);
        byte[] part = as(operator, Api.PASSWORD).header("Range", "bytes=100-199")
                .get(base() + "/files/" + id + "/content").then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(pdf, 100, 200), part);

        as(operator, Api.PASSWORD).delete(base() + "/files/" + id).then().statusCode(204);
        assertFalse(objects().contains(key), "removing the file removes its object");
    }

    @Test
    void theOrphanPurgeRemovesObjectsWithoutARowAndKeepsTheOthers() throws IOException {
        long id = unit().multiPart("file", "kept.pdf", TestFiles.pdf("kept")).post(base() + "/sections/LEAD1/files")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String orphan = "0123456789abcdef0123456789abcdef";
        other.put(orphan, new ByteArrayInputStream(new byte[64]), 64);
        assertTrue(objects().contains(orphan));

        assertTrue(service.purgeOrphans() >= 1);

        assertFalse(objects().contains(orphan), "the orphan is gone");
        as(operator, Api.PASSWORD).get(base() + "/files/" + id + "/content").then().statusCode(200);
    }

    @Test
    void anUnreachableStoreIsA503AndNothingIsStored() throws Exception {
        long id = unit().multiPart("file", "before.pdf", TestFiles.pdf("before")).post(base() + "/sections/LEAD1/files")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Set<String> before = objects();
        Server.server.stop();
        try {
            unit().multiPart("file", "during.pdf", TestFiles.pdf("during")).post(base() + "/sections/LEAD2/files")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "30")
                    .body("rule", equalTo("file-store-unavailable"))
                    .body("detail", containsString("nothing was stored"))
                    .body("detail", containsString(BUCKET));
            as(operator, Api.PASSWORD).get(base() + "/files/" + id + "/content").then().statusCode(503)
                    .body("rule", equalTo("file-store-unavailable"));
        } finally {
            Server.server.start();
        }
        as(operator, Api.PASSWORD).get(base()).then().statusCode(200)
                .body("sections.find { it.code == 'LEAD2' }.files.size()", equalTo(0));
        assertEquals(before, objects(), "no object was added");
        unit().multiPart("file", "after.pdf", TestFiles.pdf("after")).post(base() + "/sections/LEAD2/files")
                .then().statusCode(201);
    }
}
