package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.craftrank.dossier.TestFiles;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dossier pages over HTTP: the unit's page of its own candidate (sections with their quotes, kinds and limits;
 * upload, replace, remove; texts), every refusal worded beside its section in zh-CN and English (wrong type,
 * encrypted and scripted PDFs, a duplicate, a file over its section's size, an over-long text kept as typed),
 * the phase (read-only page, 409), the CSRF token, other units' candidates (404) and other roles (403); the
 * secretariat's page; and the evidence beside the expert's score form, blind or not.
 */
@QuarkusTest
class DossierPagesTest {

    private long campaign;
    private long candidate;
    private long othersCandidate;
    private PageBrowser operator;

    @BeforeEach
    void nomination() {
        campaign = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "申报材料页面测试", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024")).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long unit = unit("申报材料测试单位甲");
        long other = unit("申报材料测试单位乙");
        PageFixtures.transition(campaign, "NOMINATION");
        candidate = nominate(unit, "申报测试甲");
        othersCandidate = nominate(other, "申报测试乙");
        operator = new PageBrowser(PageFixtures.account("UNIT", Map.of("unitId", unit)), PageFixtures.PASSWORD);
    }

    private long unit(String name) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "PROVINCE", "quota", 5))
                .post("/api/campaigns/" + campaign + "/units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long nominate(long unit, String name) {
        return asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(unit, name))
                .post("/api/campaigns/" + campaign + "/candidates").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private String page(long candidateId) {
        return "/unit/campaigns/" + campaign + "/candidates/" + candidateId + "/dossier";
    }

    @Test
    void aUnitFillsItsCandidatesDossierOnThePage() {
        String list = operator.get("/unit/campaigns/" + campaign).then().statusCode(200).extract().asString();
        assertTrue(list.contains("href=\"" + page(candidate) + "\""), "the unit's list links the dossier");
        assertFalse(list.contains(page(othersCandidate)));

        String html = operator.get(page(candidate)).then().statusCode(200).extract().asString();
        assertTrue(html.contains("勇挑重担") && html.contains("“工作重要性的证明”"), "sections quote the notice");
        assertTrue(html.contains("文件（PDF、JPEG、PNG），最多 5 个，每个不超过 20 MiB"), "kind and limits");
        assertTrue(html.contains("文字，1000字以内"), "a text section's limit");
        assertTrue(html.contains("必填") && html.contains("选填"));

        byte[] pdf = TestFiles.pdf("page upload " + System.nanoTime());
        Response saved = operator.upload(page(candidate) + "/sections/LEAD1/files", "业绩证明.pdf", pdf,
                "application/octet-stream");
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.getHeader("Location").contains(page(candidate) + "?done=uploaded#section-LEAD1"));
        html = operator.get(page(candidate) + "?done=uploaded").asString();
        assertTrue(html.contains("文件已上传。") && html.contains("业绩证明.pdf"), html);
        long fileId = PageFixtures.fileIds(campaign, candidate).get(0);

        // The same bytes again, in another section: refused beside that section, naming where they already are.
        Response duplicate = operator.upload(page(candidate) + "/sections/LEAD2/files", "再传一次.pdf", pdf,
                "application/pdf");
        assertEquals(409, duplicate.statusCode());
        assertTrue(section(duplicate.asString(), "LEAD2").contains("同一文件已在本推荐对象的申报材料中（“勇挑重担”栏目）"),
                duplicate.asString());

        // Replace, then remove.
        operator.get(page(candidate));
        Response replaced = operator.upload(page(candidate) + "/files/" + fileId + "/replace", "新证明.pdf",
                TestFiles.pdf("replacement " + System.nanoTime()), "application/pdf");
        assertEquals(303, replaced.statusCode(), replaced.asString());
        long newId = PageFixtures.fileIds(campaign, candidate).get(0);
        operator.get(page(candidate));
        Response removed = operator.post(page(candidate) + "/files/" + newId + "/remove", Map.of());
        assertEquals(303, removed.statusCode());
        assertEquals(List.of(), PageFixtures.fileIds(campaign, candidate));
        html = operator.get(page(candidate) + "?done=removed").asString();
        assertTrue(html.contains("文件已删除。"));
        // A file that is gone (removed in another tab) is said so, not a 500.
        assertEquals(404, operator.post(page(candidate) + "/files/" + newId + "/remove", Map.of()).statusCode());

        // Texts: saved within the limit; over it, refused with the count and kept as typed (never cut).
        operator.get(page(candidate));
        assertEquals(303, operator.post(page(candidate) + "/sections/BRKT2_TEXT/text",
                Map.of("text", "协同攻关，负责关键工序。")).statusCode());
        String tooLong = "长".repeat(1001);
        Response over = operator.post(page(candidate) + "/sections/BRKT2_TEXT/text", Map.of("text", tooLong));
        assertEquals(400, over.statusCode());
        String overSection = section(over.asString(), "BRKT2_TEXT");
        assertTrue(overSection.contains("文字共 1001 字，超过本栏目 1000 字的限制"), overSection);
        assertTrue(overSection.contains(tooLong + "</textarea>"), "what was typed comes back whole");
        assertEquals("协同攻关，负责关键工序。", asAdmin().get("/api/campaigns/" + campaign + "/candidates/" + candidate
                + "/dossier").then().extract().jsonPath().getString("sections.find { it.code == 'BRKT2_TEXT' }.text"));
    }

    @Test
    void refusedFilesAreWordedBesideTheirSectionInBothLanguages() {
        operator.get(page(candidate));
        Response png = operator.upload(page(candidate) + "/sections/REFEREES/files", "推荐信.pdf",
                TestFiles.png(20, 20), "application/pdf");
        assertEquals(400, png.statusCode());
        assertTrue(section(png.asString(), "REFEREES").contains("文件内容不是本栏目接受的类型（本栏目接受：PDF）"));

        Response encrypted = operator.upload(page(candidate) + "/sections/LEAD1/files", "加密.pdf",
                TestFiles.pdf("locked", TestFiles.Kind.ENCRYPTED), "application/pdf");
        assertEquals(400, encrypted.statusCode());
        assertTrue(section(encrypted.asString(), "LEAD1").contains("PDF 文件已加密"));

        Response scripted = operator.upload(page(candidate) + "/sections/LEAD1/files", "脚本.pdf",
                TestFiles.pdf("script", TestFiles.Kind.JAVASCRIPT), "application/pdf");
        assertEquals(400, scripted.statusCode());
        assertTrue(section(scripted.asString(), "LEAD1").contains("PDF 文件含有脚本"));

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 7);
        Response oversize = operator.upload(page(candidate) + "/sections/PHOTO/files", "大照片.png", big, "image/png");
        assertEquals(413, oversize.statusCode());
        assertTrue(section(oversize.asString(), "PHOTO").contains("文件过大：本栏目每个文件不超过 5 MiB"));

        Response empty = operator.upload(page(candidate) + "/sections/LEAD1/files", "", new byte[0],
                "application/pdf");
        assertEquals(400, empty.statusCode());

        Response english = operator.upload(page(candidate) + "/sections/LEAD1/files?lang=en", "locked.pdf",
                TestFiles.pdf("locked en", TestFiles.Kind.ENCRYPTED), "application/pdf");
        assertEquals(400, english.statusCode());
        assertTrue(english.asString().contains("The PDF is encrypted or has an opening password"), english.asString());
        assertEquals(List.of(), PageFixtures.fileIds(campaign, candidate), "nothing refused was stored");
    }

    @Test
    void accessCsrfAndPhase() {
        // Another unit's candidate is unknown to this unit; other roles may not open the unit's page.
        assertEquals(404, operator.get(page(othersCandidate)).statusCode());
        assertEquals(404, operator.get("/unit/campaigns/" + campaign + "/candidates/987654/dossier").statusCode());
        operator.get(page(candidate));
        assertEquals(404, operator.upload(page(othersCandidate) + "/sections/LEAD1/files", "证明.pdf",
                TestFiles.pdf("other " + System.nanoTime()), "application/pdf").statusCode());
        assertEquals(404, operator.upload(page(candidate) + "/sections/NO_SUCH/files", "证明.pdf",
                TestFiles.pdf("nowhere " + System.nanoTime()), "application/pdf").statusCode());
        PageBrowser admin = PageBrowser.admin();
        assertEquals(403, admin.get(page(candidate)).statusCode());

        // A form without the page's CSRF token is refused before anything is read or stored.
        Response noToken = given().redirects().follow(false).cookie(SessionCookie.NAME, operator.session)
                .multiPart("file", "证明.pdf", TestFiles.pdf("no token"), "application/pdf")
                .post(page(candidate) + "/sections/LEAD1/files");
        assertEquals(400, noToken.statusCode());
        assertEquals(List.of(), PageFixtures.fileIds(campaign, candidate));

        // The secretariat's page of the same candidate, linked from the formal review, works in FORMAL_REVIEW.
        PageFixtures.transition(campaign, "FORMAL_REVIEW");
        String secretariat = "/secretariat/campaigns/" + campaign + "/candidates/" + candidate + "/dossier";
        String review = admin.get("/secretariat/campaigns/" + campaign + "/formal-review").asString();
        assertTrue(review.contains("href=\"" + secretariat + "\""), "the formal review links the dossier");
        admin.get(secretariat).then().statusCode(200);
        assertEquals(303, admin.upload(secretariat + "/sections/LEAD1/files", "秘书处补充.pdf",
                TestFiles.pdf("secretariat " + System.nanoTime()), "application/pdf").statusCode());

        // Nomination is closed for the unit: the page is read-only and a post is refused with the phase.
        String readOnly = operator.get(page(candidate)).then().statusCode(200).extract().asString();
        assertTrue(readOnly.contains("当前为“形式审查”阶段，申报材料只能查看。"), readOnly);
        assertFalse(readOnly.contains("/sections/LEAD1/files\""), "no upload form");
        assertTrue(readOnly.contains("秘书处补充.pdf"));
        Response closed = operator.upload(page(candidate) + "/sections/LEAD2/files", "迟到.pdf",
                TestFiles.pdf("late " + System.nanoTime()), "application/pdf");
        assertEquals(409, closed.statusCode());
        assertTrue(closed.asString().contains("当前为“形式审查”阶段，不能修改申报材料。"), closed.asString());
        operator.get(page(candidate));
        Response closedText = operator.post(page(candidate) + "/sections/BRKT2_TEXT/text", Map.of("text", "迟到"));
        assertEquals(409, closedText.statusCode());
    }

    @Test
    void theExpertSeesTheEvidenceBesideTheItemsAndABlindCampaignHidesNamesAndThePhoto() {
        PageFixtures.Scoring open = PageFixtures.evidenceCampaign("申报材料评分页", false);
        String sheet = Auth.as(open.expertAccounts().get(0), PageFixtures.PASSWORD)
                .get("/expert/campaigns/" + open.campaign() + "/candidates/" + open.candidates().get(0)).then()
                .statusCode(200).extract().asString();
        List<Long> files = PageFixtures.fileIds(open.campaign(), open.candidates().get(0));
        String content = "/api/campaigns/" + open.campaign() + "/candidates/" + open.candidates().get(0)
                + "/dossier/files/";
        assertTrue(sheet.contains("class=\"view-pdf\" href=\"" + content + files.get(1) + "/content\""), sheet);
        assertTrue(sheet.contains("工作重要性证明.pdf"));
        assertTrue(sheet.contains("src=\"" + content + files.get(0) + "/content\""), "the photo is shown");
        assertTrue(sheet.contains("牵头协同攻关，负责关键工序。"), "the text beside 协同配合");
        assertTrue(sheet.indexOf("view-pdf") > sheet.indexOf("id=\"score-LEAD1\"") - 3000
                && sheet.indexOf("view-pdf") < sheet.indexOf("id=\"score-LEAD1\""), "LEAD1's file sits at LEAD1");
        assertTrue(sheet.contains("/static/pdfjs/pdf.min.mjs") && sheet.contains("/static/evidence.js"));

        PageFixtures.Scoring blind = PageFixtures.evidenceCampaign("申报材料盲评页", true);
        String expert = blind.expertAccounts().get(0);
        String blindSheet = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/expert/campaigns/" + blind.campaign() + "/candidates/" + blind.candidates().get(0)).then()
                .statusCode(200).extract().asString();
        List<Long> blindFiles = PageFixtures.fileIds(blind.campaign(), blind.candidates().get(0));
        assertFalse(blindSheet.contains("工作重要性证明.pdf"), "no file name");
        assertFalse(blindSheet.contains("近照.png"));
        assertFalse(blindSheet.contains("/dossier/files/" + blindFiles.get(0) + "/content"), "no photo");
        assertTrue(blindSheet.contains("/dossier/files/" + blindFiles.get(1) + "/content"), "the evidence is there");
        assertTrue(blindSheet.contains("材料 1"));
        assertTrue(blindSheet.contains("文件内容本身未做脱密处理"), "the page says the documents are not redacted");
        String english = Auth.as(expert, PageFixtures.PASSWORD).get("/expert/campaigns/" + blind.campaign()
                + "/candidates/" + blind.candidates().get(0) + "?lang=en").asString();
        assertTrue(english.contains("The content of the documents is not redacted"));

        // The expert not assigned to that candidate: the file is 404, as for a missing one.
        Auth.as(blind.expertAccounts().get(1), PageFixtures.PASSWORD).get("/api/campaigns/" + blind.campaign()
                + "/candidates/" + blind.candidates().get(0) + "/dossier/files/" + blindFiles.get(1) + "/content")
                .then().statusCode(404);
    }

    /** The HTML of one section of the dossier page. */
    private static String section(String html, String code) {
        int start = html.indexOf("id=\"section-" + code + "\"");
        assertTrue(start >= 0, "section " + code + " on the page");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }
}
