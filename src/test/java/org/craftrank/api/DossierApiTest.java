package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.craftrank.common.Sha256;
import org.craftrank.dossier.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.craftrank.testing.Auth.as;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier API: uploads with every refusal, reads with ranges and watermarks, texts, who may see what, audit. */
@QuarkusTest
class DossierApiTest {

    private long campaign;
    private long unit;
    private long candidate;
    private long otherCandidate;
    private String operator;
    private String otherOperator;

    @BeforeEach
    void nominationWithTwoUnits() {
        long[] ids = Api.nominatingCampaign(3);
        campaign = ids[0];
        unit = ids[1];
        long other = Api.createUnit(campaign, "浙江省总工会", 3);
        candidate = Api.nominate(campaign, unit);
        otherCandidate = Api.nominate(campaign, other);
        operator = unitAccount(unit);
        otherOperator = unitAccount(other);
    }

    private static String unitAccount(long unitId) {
        String username = "unit-" + unitId + "-" + System.nanoTime();
        Api.post("/api/accounts", Map.of("username", username, "displayName", "单位", "role", "UNIT",
                "unitId", unitId, "password", Api.PASSWORD)).statusCode(201);
        return username;
    }

    private String base(long candidateId) {
        return "/api/campaigns/" + campaign + "/candidates/" + candidateId + "/dossier";
    }

    private RequestSpecification unitOp() {
        return as(operator, Api.PASSWORD);
    }

    private ValidatableResponse upload(RequestSpecification who, long candidateId, String section, String name,
                                       byte[] bytes) {
        return csrf(who).multiPart("file", name, bytes, "application/octet-stream")
                .post(base(candidateId) + "/sections/" + section + "/files").then().log().ifValidationFails();
    }

    @Test
    void aUnitUploadsAPdfAndReadsTheSameBytesBackWholeOrByRange() {
        byte[] pdf = TestFiles.pdf("evidence for LEAD1");
        long id = upload(unitOp(), candidate, "LEAD1", "evidence-1.pdf", pdf).statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("sha256", equalTo(Sha256.hex(pdf)))
                .body("sizeBytes", equalTo(pdf.length))
                .body("fileName", equalTo("evidence-1.pdf"))
                .body("uploadedBy", equalTo(operator))
                .extract().jsonPath().getLong("id");

        unitOp().get(base(candidate)).then().statusCode(200)
                .body("writable", equalTo(true))
                .body("sections.find { it.code == 'LEAD1' }.files[0].id", equalTo((int) id))
                .body("sections.find { it.code == 'LEAD1' }.basis", equalTo("工作重要性的证明"))
                .body("sections.find { it.code == 'LEAD1' }.complete", equalTo(true))
                .body("sections.find { it.code == 'PHOTO' }.complete", equalTo(false))
                .body("storedBytes", equalTo(pdf.length));

        byte[] back = unitOp().get(base(candidate) + "/files/" + id + "/content").then().statusCode(200)
                .header("Content-Type", "application/pdf").header("Accept-Ranges", "bytes")
                .extract().asByteArray();
        assertArrayEquals(pdf, back);

        byte[] part = unitOp().header("Range", "bytes=10-19").get(base(candidate) + "/files/" + id + "/content")
                .then().statusCode(206).header("Content-Range", "bytes 10-19/" + pdf.length)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(pdf, 10, 20), part);
        byte[] tail = unitOp().header("Range", "bytes=-5").get(base(candidate) + "/files/" + id + "/content")
                .then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(pdf, pdf.length - 5, pdf.length), tail);
        unitOp().header("Range", "bytes=" + pdf.length + "-").get(base(candidate) + "/files/" + id + "/content")
                .then().statusCode(416).header("Content-Range", "bytes */" + pdf.length);
    }

    @Test
    void everyBadFileIsRefusedNamingFieldAndRuleAndNothingIsStored() {
        byte[] pdf = TestFiles.pdf("once");
        upload(unitOp(), candidate, "LEAD1", "a.pdf", pdf).statusCode(201);
        long before = storedObjects();

        upload(unitOp(), candidate, "LEAD2", "copy.pdf", pdf).statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("duplicate"))
                .body("detail", containsString("already in this dossier")).body("detail", containsString("LEAD1"));
        refused(upload(unitOp(), candidate, "LEAD2", "empty.pdf", new byte[0]), "not-empty");
        refused(upload(unitOp(), candidate, "LEAD2", "cut.pdf", TestFiles.truncatedPdf()), "pdf-incomplete");
        refused(upload(unitOp(), candidate, "LEAD2", "locked.pdf", TestFiles.pdf("x", TestFiles.Kind.ENCRYPTED)),
                "pdf-encrypted");
        refused(upload(unitOp(), candidate, "LEAD2", "script.pdf", TestFiles.pdf("x", TestFiles.Kind.JAVASCRIPT)),
                "pdf-javascript");
        refused(upload(unitOp(), candidate, "LEAD2", "note.pdf", "plain text".getBytes(StandardCharsets.UTF_8)),
                "file-type");
        refused(upload(unitOp(), candidate, "REFEREES", "letter.png", TestFiles.png(20, 20)), "file-type");
        csrf(unitOp()).multiPart("other", "x.pdf", pdf).post(base(candidate) + "/sections/LEAD2/files").then()
                .statusCode(400).body("errors[0].field", equalTo("file")).body("errors[0].rule", equalTo("required"));

        // a photo over the section's 5 MiB: JPEG magic, then padding
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        byte[] jpeg = TestFiles.jpeg(10, 10);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        upload(unitOp(), candidate, "PHOTO", "big.jpg", big).statusCode(413).contentType("application/problem+json")
                .body("rule", equalTo("file-size"));
        upload(unitOp(), candidate, "PHOTO", "photo.jpg", TestFiles.jpeg(30, 40)).statusCode(201);
        upload(unitOp(), candidate, "PHOTO", "photo2.png", TestFiles.png(30, 40)).statusCode(409)
                .body("rule", equalTo("section-full"));
        upload(unitOp(), candidate, "NOPE", "x.pdf", TestFiles.pdf("nope")).statusCode(404);
        unitOp().contentType("application/json").body(Map.of("text", "文字"))
                .put(base(candidate) + "/sections/LEAD1/text").then().statusCode(400)
                .body("errors[0].field", equalTo("section")).body("errors[0].rule", equalTo("section-kind"));

        assertEquals(before + 1, storedObjects(), "only the photo was added to the store");
    }

    /** A multipart API call carries the CSRF double submit: a header equal to the cookie (a client may mint both). */
    static RequestSpecification csrf(RequestSpecification request) {
        byte[] raw = new byte[16];
        new java.security.SecureRandom().nextBytes(raw);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return request.cookie("csrf-token", token).header("X-CSRF-TOKEN", token);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsAProblemNamingIt() {
        unitOp().multiPart("file", "a.pdf", TestFiles.pdf("no token")).post(base(candidate) + "/sections/LEAD1/files")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-CSRF-TOKEN")).body("errors[0].rule", equalTo("csrf-token"));
    }

    /**
     * An API-token client sends the file as the raw body with its name in ?name=: no CSRF token and no cookie (a
     * cross-site page cannot send application/pdf without a preflight), the same checks as the multipart upload,
     * and the HTTP layer's temporary copy of the plain bytes does not outlive the request.
     */
    @Test
    void aTokenClientUploadsAndReplacesARawBodyWithoutCsrf() throws IOException {
        long accountId = Api.post("/api/accounts", Map.of("username", "unit-raw-" + System.nanoTime(),
                "displayName", "单位", "role", "UNIT", "unitId", unit, "password", Api.PASSWORD)).statusCode(201)
                .extract().jsonPath().getLong("id");
        String token = Api.post("/api/tokens", Map.of("accountId", accountId, "campaignId", campaign,
                "label", "材料上传", "validForDays", 1)).statusCode(201).extract().jsonPath().getString("token");
        long uploadsBefore = uploadTempFiles();
        byte[] pdf = TestFiles.pdf("raw body upload");

        long id = org.craftrank.testing.Auth.withToken(token).contentType("application/pdf").body(pdf)
                .queryParam("name", "证明材料.pdf").post(base(candidate) + "/sections/LEAD1/files").then()
                .log().ifValidationFails().statusCode(201).body("fileName", equalTo("证明材料.pdf"))
                .body("mediaType", equalTo("application/pdf")).body("sha256", equalTo(Sha256.hex(pdf)))
                .extract().jsonPath().getLong("id");
        assertArrayEquals(pdf, unitOp().get(base(candidate) + "/files/" + id + "/content").then().statusCode(200)
                .extract().asByteArray());

        // the declared type is transport only: the bytes decide
        org.craftrank.testing.Auth.withToken(token).contentType("application/octet-stream")
                .body("not a pdf".getBytes(StandardCharsets.UTF_8)).queryParam("name", "x.pdf")
                .post(base(candidate) + "/sections/LEAD2/files").then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].rule", equalTo("file-type"));
        org.craftrank.testing.Auth.withToken(token).contentType("application/pdf").body(TestFiles.pdf("unnamed"))
                .post(base(candidate) + "/sections/LEAD2/files").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("required"));

        byte[] second = TestFiles.pdf("raw body replacement");
        org.craftrank.testing.Auth.withToken(token).contentType("application/pdf").body(second)
                .queryParam("name", "证明材料-2.pdf").put(base(candidate) + "/files/" + id).then().statusCode(200)
                .body("fileName", equalTo("证明材料-2.pdf")).body("sha256", equalTo(Sha256.hex(second)));
        assertEquals(uploadsBefore, uploadTempFiles(), "no temporary copy of an upload is left behind");
    }

    private static long uploadTempFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("pfx")).count();
        }
    }

    private static void refused(ValidatableResponse r, String rule) {
        r.statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("file"))
                .body("errors[0].rule", equalTo(rule));
    }

    @Test
    void replaceAndRemoveKeepTheStoreInStepAndAreAudited() {
        long id = upload(unitOp(), candidate, "PHOTO", "p.png", TestFiles.png(10, 10)).statusCode(201)
                .extract().jsonPath().getLong("id");
        long before = storedObjects();
        byte[] jpeg = TestFiles.jpeg(12, 12);
        long replaced = csrf(unitOp()).multiPart("file", "p.jpg", jpeg).put(base(candidate) + "/files/" + id).then()
                .statusCode(200).body("mediaType", equalTo("image/jpeg")).extract().jsonPath().getLong("id");
        assertEquals(before, storedObjects(), "the old bytes went when the new ones came");
        unitOp().get(base(candidate) + "/files/" + id + "/content").then().statusCode(404);
        unitOp().delete(base(candidate) + "/files/" + replaced).then().statusCode(204);
        assertEquals(before - 1, storedObjects());

        List<String> actions = asAdmin().queryParam("campaignId", campaign).queryParam("objectType", "dossier-file")
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("events.action");
        assertTrue(actions.containsAll(List.of("DOSSIER_FILE_UPLOADED", "DOSSIER_FILE_REPLACED",
                "DOSSIER_FILE_REMOVED")), actions.toString());
        String audit = asAdmin().queryParam("campaignId", campaign).get("/api/audit").then().extract().asString();
        assertFalse(audit.contains("p.jpg") || audit.contains("p.png"), "no file name in the audit log");
    }

    @Test
    void onlyTheUnitTheSecretariatAndAssignedExpertsReadAndOnlyInTheirPhases() throws IOException {
        byte[] pdf = TestFiles.pdf("read me");
        long id = upload(unitOp(), candidate, "LEAD1", "read.pdf", pdf).statusCode(201)
                .extract().jsonPath().getLong("id");
        String content = base(candidate) + "/files/" + id + "/content";

        as(otherOperator, Api.PASSWORD).get(base(candidate)).then().statusCode(404);
        as(otherOperator, Api.PASSWORD).get(content).then().statusCode(404);
        upload(as(otherOperator, Api.PASSWORD), candidate, "LEAD2", "x.pdf", TestFiles.pdf("theirs")).statusCode(404);
        asAdmin().get(content).then().statusCode(200);

        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        upload(unitOp(), candidate, "LEAD2", "late.pdf", TestFiles.pdf("late")).statusCode(409)
                .body("rule", equalTo("phase")).body("detail", containsString("FORMAL_REVIEW"));
        upload(asAdmin(), candidate, "LEAD2", "secretariat.pdf", TestFiles.pdf("by the secretariat")).statusCode(201);
        unitOp().get(base(candidate)).then().statusCode(200).body("writable", equalTo(false));

        Api.runFormalReview(campaign);
        long assigned = Api.createExpert(campaign, "王专家", "某研究院");
        long stranger = Api.createExpert(campaign, "赵专家", "某大学");
        Api.assign(campaign, assigned, candidate);
        Api.assign(campaign, stranger, otherCandidate);
        String expert = Api.expertAccount(assigned);
        String other = Api.expertAccount(stranger);

        as(other, Api.PASSWORD).get(base(candidate)).then().statusCode(404);
        as(other, Api.PASSWORD).get(content).then().statusCode(404);
        as(expert, Api.PASSWORD).get(base(candidate)).then().statusCode(200)
                .body("sections.find { it.code == 'LEAD1' }.files[0].uploadedBy", nullValue())
                .body("sections.find { it.code == 'LEAD1' }.files[0].fileName", equalTo("read.pdf"));
        upload(as(expert, Api.PASSWORD), candidate, "LEAD2", "x.pdf", TestFiles.pdf("expert")).statusCode(403);

        byte[] stamped = as(expert, Api.PASSWORD).get(content).then().statusCode(200).extract().asByteArray();
        assertFalse(Arrays.equals(pdf, stamped), "an expert's copy is watermarked");
        try (PDDocument doc = Loader.loadPDF(stamped)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("read me"), text);
            assertTrue(text.contains("CraftRank reviewer " + expert), text);
        }
        List<String> reads = asAdmin().queryParam("campaignId", campaign).queryParam("action", "DOSSIER_FILE_READ")
                .get("/api/audit").then().extract().jsonPath().getList("events.actor");
        assertTrue(reads.contains(expert) && reads.contains("admin"), reads.toString());

        // An expert who withdraws for a conflict of interest (回避) no longer reads the candidate's evidence.
        Api.transition(campaign, "SCORING").statusCode(200);
        as(expert, Api.PASSWORD).contentType("application/json").body(Map.of("candidateId", candidate,
                "reason", "曾是同一班组的师徒")).post("/api/campaigns/" + campaign + "/my/conflicts").then()
                .statusCode(201);
        as(expert, Api.PASSWORD).get(base(candidate)).then().statusCode(404);
        as(expert, Api.PASSWORD).get(content).then().statusCode(404);
    }

    @Test
    void textSectionsKeepTheirLimitAndRefuseControlCharacters() {
        long measures = Api.createCampaign("measures-2025", "NATIONAL");
        long u = Api.createUnit(measures, "江苏省总工会", 3);
        Api.transition(measures, "NOMINATION").statusCode(200);
        Map<String, Object> body = new HashMap<>(Api.candidate(u));
        body.remove("referees");
        body.remove("oneLineReason");
        body.put("declarations", Map.of("recognisedGreatCraftsman", false, "leadershipPost", false,
                "otherTalentProgramme", false));
        long c = Api.post("/api/campaigns/" + measures + "/candidates", body).statusCode(201)
                .extract().jsonPath().getLong("id");
        String path = "/api/campaigns/" + measures + "/candidates/" + c + "/dossier/sections/WORK_RESULTS/text";
        asAdmin().contentType("application/json").body(Map.of("text", "甲".repeat(301))).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("text")).body("errors[0].rule", equalTo("max-length"));
        asAdmin().contentType("application/json").body(Map.of("text", "坏\u0000字")).put(path).then()
                .statusCode(400).body("errors[0].rule", equalTo("control-character"));
        asAdmin().contentType("application/json").body(Map.of("text", "甲".repeat(300))).put(path).then()
                .statusCode(200).body("complete", equalTo(true));
        asAdmin().get("/api/campaigns/" + measures + "/candidates/" + c + "/dossier").then().statusCode(200)
                .body("sections.find { it.code == 'WORK_RESULTS' }.text", equalTo("甲".repeat(300)))
                .body("sections.code", hasItem("VIDEO"));
        asAdmin().contentType("application/json").body(Map.of("text", "")).put(path).then().statusCode(200)
                .body("complete", equalTo(false));
    }

    /** Objects in the embedded store of the test profile. */
    private static long storedObjects() {
        Path root = Path.of("target/test-data/files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
