package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.craftrank.dossier.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.craftrank.testing.Auth.as;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET …/dossier/recommendation-form.pdf: the 2024 annex-4 推荐表 from the candidate's data, for its unit and the secretariat. */
@QuarkusTest
class RecommendationFormApiTest {

    private long campaign;
    private long candidate;
    private long otherCandidate;
    private String operator;

    @BeforeEach
    void nomination() {
        long[] ids = Api.nominatingCampaign(3);
        campaign = ids[0];
        candidate = Api.nominate(campaign, ids[1]);
        otherCandidate = Api.nominate(campaign, Api.createUnit(campaign, "浙江省总工会", 3));
        operator = "unit-form-" + System.nanoTime();
        Api.post("/api/accounts", Map.of("username", operator, "displayName", "单位", "role", "UNIT",
                "unitId", ids[1], "password", Api.PASSWORD)).statusCode(201);
    }

    private String form(long candidateId) {
        return "/api/campaigns/" + campaign + "/candidates/" + candidateId + "/dossier/recommendation-form.pdf";
    }

    @Test
    void theUnitGetsItsCandidatesFormWithTheDataAndThePhoto() throws IOException {
        DossierApiTest.csrf(as(operator, Api.PASSWORD)).multiPart("file", "photo.jpg", TestFiles.jpeg(140, 196))
                .post("/api/campaigns/" + campaign + "/candidates/" + candidate + "/dossier/sections/PHOTO/files")
                .then().statusCode(201);
        byte[] pdf = as(operator, Api.PASSWORD).get(form(candidate)).then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", containsString("no-store"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String s : new String[]{"大国工匠培育对象推荐表", "姓名", "张三", "身份证号", "中车示例机车车辆有限公司",
                    "数控装调维修工", "生产现场工作年限", "10", "推荐理由", "长期扎根一线。", "江苏省总工会", "李四，甲公司，首席技师",
                    "13912345678"}) {
                assertTrue(text.contains(s), s + " in the form");
            }
            assertTrue(page.getResources().getXObjectNames().iterator().hasNext(), "the photo is on the page");
            String fontName = page.getResources().getFont(page.getResources().getFontNames().iterator().next())
                    .getName();
            assertTrue(fontName.matches("[A-Z]{6}\\+NotoSansSC.*"), fontName);
        }
        asAdmin().get("/api/audit?action=DOSSIER_FORM_GENERATED&campaignId=" + campaign).then().statusCode(200)
                .body("events[0].objectId", equalTo(String.valueOf(candidate)))
                .body("events[0].actor", equalTo(operator));
    }

    @Test
    void theSecretariatGetsItAnotherUnitDoesNotAndTheIdNumberIsNotLogged() throws IOException {
        asAdmin().get(form(otherCandidate)).then().statusCode(200).contentType("application/pdf");
        as(operator, Api.PASSWORD).get(form(otherCandidate)).then().statusCode(404);
        String id = asAdmin().contentType("application/json").body(Map.of("reason", "核对推荐表"))
                .post("/api/campaigns/" + campaign + "/candidates/" + candidate + "/personal-data/reveal").then()
                .statusCode(200).extract().jsonPath().getString("idNumber");
        Path log = Path.of("target/quarkus-test.log");
        assertTrue(id.length() == 18);
        if (Files.exists(log)) {
            assertFalse(Files.readString(log).contains(id), "the ID number is never logged");
        }
    }
}
