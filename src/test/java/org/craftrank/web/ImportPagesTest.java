package org.craftrank.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.craftrank.candidate.ImportDrafts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftrank.candidate.intake.SummaryLayout;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary-table import pages over HTTP: a unit's operator and the secretariat upload a file (multipart, with
 * the CSRF token as a form field), read the check, import the checked file, and see refusals as sentences.
 */
@QuarkusTest
class ImportPagesTest {

    @Inject
    ImportDrafts drafts;

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern IMPORT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    /** A signed-in browser keeping the CSRF cookie and the form token of the last page it read. */
    private static final class Browser {
        final String session;
        String csrfCookie;
        String csrfToken;

        Browser(String username, String password) {
            this.session = Auth.signIn(username, password);
        }

        private RequestSpecification request() {
            RequestSpecification request = given().redirects().follow(false).cookie(SessionCookie.NAME, session);
            return csrfCookie == null ? request : request.cookie("csrf-token", csrfCookie);
        }

        Response remember(Response page) {
            String cookie = page.getCookie("csrf-token");
            if (cookie != null) {
                csrfCookie = cookie;
            }
            Matcher m = TOKEN.matcher(page.asString());
            if (m.find()) {
                csrfToken = m.group(1);
            }
            return page;
        }

        Response get(String path) {
            return remember(request().get(path));
        }

        Response upload(String path, String fileName, byte[] file, String type, Map<String, String> fields) {
            assertNotNull(csrfToken, "a page with a form was read first");
            RequestSpecification request = request().multiPart("csrf-token", csrfToken)
                    .multiPart("file", fileName, file, type);
            for (Map.Entry<String, String> f : fields.entrySet()) {
                request = request.multiPart(f.getKey(), f.getValue());
            }
            return remember(request.post(path));
        }

        Response post(String path, Map<String, String> fields) {
            RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrfToken);
            for (Map.Entry<String, String> f : fields.entrySet()) {
                request = request.formParam(f.getKey(), f.getValue());
            }
            return remember(request.post(path));
        }
    }

    private record World(long campaign, long unit, String unitName) {
    }

    private static World campaign(String label, int quota, String phase) {
        long campaign = asAdmin().contentType(ContentType.JSON).body(Map.of("name", label, "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024")).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String unitName = label + "推荐单位";
        long unit = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unitName, "kind", "PROVINCE",
                "quota", quota)).post("/api/campaigns/" + campaign + "/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        if (phase != null) {
            PageFixtures.transition(campaign, phase);
        }
        return new World(campaign, unit, unitName);
    }

    private static List<String> candidateNames(long campaign) {
        return asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().statusCode(200).extract()
                .jsonPath().getList("items.name");
    }

    @Test
    void aUnitChecksAFileSeesTheReportFixesItAndImports() {
        World world = campaign("导入页面测试", 5, "NOMINATION");
        Browser unit = new Browser(PageFixtures.account("UNIT", Map.of("unitId", world.unit())), PageFixtures.PASSWORD);
        String page = "/unit/campaigns/" + world.campaign() + "/import";

        unit.get("/unit/campaigns/" + world.campaign()).then().statusCode(200)
                .body(containsString("href=\"" + page + "\""));
        unit.get(page + "?lang=en").then().statusCode(200).body(allOf(containsString("Import a summary table"),
                containsString("Upload and check"), containsString("accept=\".xlsx,.csv\"")));
        unit.get(page).then().statusCode(200).body(allOf(containsString("<html lang=\"zh-CN\">"),
                containsString("导入汇总表 · " + world.unitName()), containsString("enctype=\"multipart/form-data\""),
                containsString("上传并检查")));

        // Not a spreadsheet at all.
        unit.upload(page, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of()).then()
                .statusCode(400).body(containsString("只能上传 .xlsx 或 .csv 文件"))
                .body(containsString("aria-invalid=\"true\""));
        // A spreadsheet's name on something else: the reader says what it is not.
        unit.upload(page, "table.xlsx", "%PDF-1.4 not a workbook".getBytes(StandardCharsets.UTF_8), ImportFiles.XLSX,
                Map.of()).then().statusCode(400).body(containsString("id=\"f-file-error\""));
        // No file chosen.
        unit.upload(page, "", new byte[0], "application/octet-stream", Map.of()).then().statusCode(400)
                .body(containsString("请选择要上传的文件"));

        String good = ImportFiles.freshId();
        String bad = ImportFiles.broken(ImportFiles.freshId());
        byte[] withBadRow = ImportFiles.xlsx(ImportFiles.row("1", "导入页甲", good, world.unitName()),
                ImportFiles.row("2", "导入页乙", bad, world.unitName()));
        Response report = unit.upload(page, "汇总表.xlsx", withBadRow, ImportFiles.XLSX, Map.of());
        report.then().statusCode(400).body(allOf(containsString("id=\"import-problems\""),
                containsString("data-row=\"4\" data-rule=\"gb11643\""),
                containsString("身份证号无效（请检查位数、出生日期和校验位）"),
                containsString(bad.substring(0, 6) + "********" + bad.substring(14)),
                containsString("共 2 行：1 行可以导入，1 行有问题"),
                not(containsString("id=\"import-commit\""))));
        assertFalse(report.asString().contains(bad), "the report masks ID numbers");
        assertTrue(candidateNames(world.campaign()).isEmpty(), "a check stores nothing");
        unit.upload(page + "?lang=en", "table.xlsx", withBadRow, ImportFiles.XLSX, Map.of()).then().statusCode(400)
                .body(containsString("Not a valid ID number"));

        byte[] fixed = ImportFiles.xlsx(ImportFiles.row("1", "导入页甲", good, world.unitName()),
                ImportFiles.row("2", "导入页乙", ImportFiles.freshId(), world.unitName()));
        Response clean = unit.upload(page, "汇总表.xlsx", fixed, ImportFiles.XLSX, Map.of());
        clean.then().statusCode(200).body(allOf(containsString("没有发现问题。"), containsString("导入 2 名推荐对象")));
        Matcher token = IMPORT_TOKEN.matcher(clean.asString());
        assertTrue(token.find());
        assertTrue(candidateNames(world.campaign()).isEmpty(), "a clean check stores nothing either");

        unit.post(page + "/commit", Map.of("token", token.group(1))).then().statusCode(303)
                .header("Location", endsWith("/unit/campaigns/" + world.campaign()));
        assertEquals(List.of("导入页甲", "导入页乙"), candidateNames(world.campaign()));
        given().cookie(SessionCookie.NAME, unit.session).cookie("craftrank_flash", "CANDIDATES_IMPORTED")
                .get("/unit/campaigns/" + world.campaign()).then()
                .body(allOf(containsString("汇总表已导入，推荐对象已保存。"), containsString("导入页乙")));

        // The kept file is gone once imported: the same click again imports nothing.
        unit.post(page + "/commit", Map.of("token", token.group(1))).then().statusCode(400)
                .body(containsString("上传的文件已过期或已经导入"));
        assertEquals(2, candidateNames(world.campaign()).size());
        asAdmin().get("/api/audit?action=CANDIDATES_IMPORTED&campaignId=" + world.campaign()).then()
                .body("events.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void theCsrfTokenIsCheckedInTheMultipartBody() {
        World world = campaign("导入页面CSRF测试", 5, "NOMINATION");
        Browser unit = new Browser(PageFixtures.account("UNIT", Map.of("unitId", world.unit())), PageFixtures.PASSWORD);
        String page = "/unit/campaigns/" + world.campaign() + "/import";
        unit.get(page);
        byte[] file = ImportFiles.xlsx(ImportFiles.row("1", "导入页丙", ImportFiles.freshId(), world.unitName()));
        given().redirects().follow(false).cookie(SessionCookie.NAME, unit.session).cookie("csrf-token", unit.csrfCookie)
                .multiPart("file", "t.xlsx", file, ImportFiles.XLSX).post(page).then().statusCode(400)
                .body(not(containsString("import-report")));
        given().redirects().follow(false).cookie(SessionCookie.NAME, unit.session).cookie("csrf-token", unit.csrfCookie)
                .multiPart("csrf-token", "forged" + unit.csrfToken).multiPart("file", "t.xlsx", file, ImportFiles.XLSX)
                .post(page).then().statusCode(400).body(not(containsString("import-report")));
        unit.upload(page, "t.xlsx", file, ImportFiles.XLSX, Map.of()).then().statusCode(200);
    }

    @Test
    void quotaOverflowAndClosedPhasesAreSentences() {
        World world = campaign("导入页面名额测试", 1, "NOMINATION");
        Browser unit = new Browser(PageFixtures.account("UNIT", Map.of("unitId", world.unit())), PageFixtures.PASSWORD);
        String page = "/unit/campaigns/" + world.campaign() + "/import";
        unit.get(page);
        unit.upload(page, "t.xlsx", ImportFiles.xlsx(ImportFiles.row("1", "名额甲", ImportFiles.freshId(), world.unitName()),
                ImportFiles.row("2", "名额乙", ImportFiles.freshId(), world.unitName())), ImportFiles.XLSX, Map.of())
                .then().statusCode(400).body(allOf(containsString("data-rule=\"unit-quota\""),
                        containsString("超出推荐单位的推荐名额")));

        // A clean check, then the last place is taken before the click: nothing is imported and the page says why.
        Response clean = unit.upload(page, "t.xlsx", ImportFiles.xlsx(ImportFiles.row("1", "名额丙",
                ImportFiles.freshId(), world.unitName())), ImportFiles.XLSX, Map.of());
        clean.then().statusCode(200);
        Matcher token = IMPORT_TOKEN.matcher(clean.asString());
        assertTrue(token.find());
        asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(world.unit(), "抢先推荐"))
                .post("/api/campaigns/" + world.campaign() + "/candidates").then().statusCode(201);
        unit.post(page + "/commit", Map.of("token", token.group(1))).then().statusCode(400)
                .body(allOf(containsString("导入时发现新的问题"), containsString("超出推荐单位的推荐名额")));
        assertEquals(List.of("抢先推荐"), candidateNames(world.campaign()));

        // Once nomination is closed, the page says so and a post is refused with a sentence.
        PageFixtures.transition(world.campaign(), "FORMAL_REVIEW");
        unit.get(page).then().statusCode(200).body(allOf(containsString("id=\"import-closed\""),
                not(containsString("id=\"import-upload\""))));
        unit.upload(page, "t.xlsx", ImportFiles.xlsx(ImportFiles.row("1", "晚到", ImportFiles.freshId(),
                world.unitName())), ImportFiles.XLSX, Map.of()).then().statusCode(409)
                .body(containsString("当前阶段不能导入推荐对象"));
    }

    @Test
    void theSecretariatImportsForAUnitItChooses() {
        World world = campaign("秘书处导入测试", 5, null);
        long other = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "秘书处导入测试另一单位", "kind",
                "PROVINCE", "quota", 5)).post("/api/campaigns/" + world.campaign() + "/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Browser admin = new Browser(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        String page = "/secretariat/campaigns/" + world.campaign() + "/import";
        admin.get("/secretariat/campaigns/" + world.campaign()).then().statusCode(200)
                .body(containsString("href=\"" + page + "\""));
        admin.get(page).then().statusCode(200).body(allOf(containsString("<select id=\"f-unit\" name=\"unitId\""),
                containsString("<option value=\"" + other + "\">秘书处导入测试另一单位</option>"),
                containsString("按表中“推荐单位”列")));
        // A row naming another unit than the one chosen is reported against that row.
        admin.upload(page, "t.csv", ImportFiles.xlsx(ImportFiles.row("1", "秘书处甲", ImportFiles.freshId(),
                        world.unitName())), ImportFiles.XLSX, Map.of("unitId", String.valueOf(other))).then()
                .statusCode(400).body(containsString("data-rule=\"unit-mismatch\""));
        Response clean = admin.upload(page, "t.xlsx", ImportFiles.xlsx(ImportFiles.row("1", "秘书处甲",
                ImportFiles.freshId(), world.unitName())), ImportFiles.XLSX, Map.of("unitId", ""));
        clean.then().statusCode(200).body(containsString("导入 1 名推荐对象"));
        Matcher token = IMPORT_TOKEN.matcher(clean.asString());
        assertTrue(token.find());
        // The token is the uploader's: a unit's operator of the campaign cannot use it.
        Browser unit = new Browser(PageFixtures.account("UNIT", Map.of("unitId", world.unit())), PageFixtures.PASSWORD);
        unit.get("/unit/campaigns/" + world.campaign() + "/import");
        unit.post("/unit/campaigns/" + world.campaign() + "/import/commit", Map.of("token", token.group(1))).then()
                .statusCode(400).body(containsString("上传的文件已过期或已经导入"));
        assertTrue(candidateNames(world.campaign()).isEmpty());
        admin.post(page + "/commit", Map.of("token", token.group(1))).then().statusCode(303)
                .header("Location", endsWith("/secretariat/campaigns/" + world.campaign()));
        assertEquals(List.of("秘书处甲"), candidateNames(world.campaign()));
        asAdmin().get("/api/campaigns/" + world.campaign() + "/candidates").then()
                .body("items[0].recommendingUnitId", org.hamcrest.Matchers.equalTo((int) world.unit()));
        // A unit's operator never reaches the secretariat's page.
        unit.get(page).then().statusCode(403);
    }

    @Test
    void aCheckedFileExpiresAndIsPurged() {
        World world = campaign("导入过期测试", 5, "NOMINATION");
        Browser unit = new Browser(PageFixtures.account("UNIT", Map.of("unitId", world.unit())), PageFixtures.PASSWORD);
        String page = "/unit/campaigns/" + world.campaign() + "/import";
        unit.get(page);
        Response clean = unit.upload(page, "t.xlsx", ImportFiles.xlsx(ImportFiles.row("1", "过期甲",
                ImportFiles.freshId(), world.unitName())), ImportFiles.XLSX, Map.of());
        Matcher token = IMPORT_TOKEN.matcher(clean.asString());
        assertTrue(token.find());
        QuarkusTransaction.requiringNew().run(() -> drafts.update("expiresAt = ?1 where campaignId = ?2",
                Instant.now().minusSeconds(1), world.campaign()));
        unit.post(page + "/commit", Map.of("token", token.group(1))).then().statusCode(400)
                .body(containsString("上传的文件已过期或已经导入"));
        assertTrue(candidateNames(world.campaign()).isEmpty());
        assertTrue(drafts.purgeExpired() >= 1, "the expired file is deleted");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> drafts.count("campaignId", world.campaign())));
    }

    @Test
    void theEmptyTemplateHasTheNoticesHeadersAndReadsBackAsAnEmptyTable() throws Exception {
        World world = campaign("模板下载测试", 5, "NOMINATION");
        Browser unit = new Browser(PageFixtures.account("UNIT", Map.of("unitId", world.unit())), PageFixtures.PASSWORD);
        String page = "/unit/campaigns/" + world.campaign() + "/import";
        unit.get(page).then().body(containsString(page + "/template.xlsx?layout=NATIONAL_2024_ANNEX_2"));
        byte[] template = unit.get(page + "/template.xlsx?layout=NATIONAL_2024_ANNEX_2").then().statusCode(200)
                .contentType(ImportFiles.XLSX).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(1);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(SummaryLayout.NATIONAL_2024_ANNEX_2.headers(), headers);
            assertEquals("@", workbook.getSheetAt(0).getColumnStyle(7).getDataFormatString(), "身份证号 is text");
        }
        unit.upload(page, "模板.xlsx", template, ImportFiles.XLSX, Map.of()).then().statusCode(400)
                .body(containsString("表中没有推荐对象"));
    }
}
