package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blind scoring (campaign setting {@code scoring.blind}): the expert's pages and the expert's JSON never carry the
 * candidate's name, employer, recommending unit or referees, and say the code instead; without it they do. The
 * setting is changed through the campaign settings API, audited, and fixed once scoring has started.
 */
@QuarkusTest
class BlindScoringTest {

    /** Free texts that repeat the name and the employer, which blind scoring blanks out. */
    private static final Map<String, Object> TELLING_TEXTS = Map.of(
            "personalStatement", "我叫{name}，在页面测试机车有限公司干了二十年。",
            "honours", "{name}获评页面测试机车有限公司首席技师",
            "position", "页面测试机车有限公司焊接车间班组长");

    @Test
    void aBlindCampaignShowsExpertsTheCodeAndNeverTheIdentity() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("盲评测试", 2, 1, true, TELLING_TEXTS);
        String expert = world.expertAccounts().get(0);
        long candidate = world.candidates().get(0);
        String code = asAdmin().get("/api/campaigns/" + world.campaign() + "/candidates/" + candidate).then()
                .statusCode(200).extract().path("code");

        asAdmin().get("/api/campaigns/" + world.campaign()).then().body("scoring.blind", equalTo(true));
        String list = Auth.as(expert, PageFixtures.PASSWORD).get("/expert/campaigns/" + world.campaign()).then()
                .statusCode(200).extract().asString();
        String sheet = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/expert/campaigns/" + world.campaign() + "/candidates/" + candidate).then().statusCode(200)
                .extract().asString();
        String english = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/expert/campaigns/" + world.campaign() + "/candidates/" + candidate + "?lang=en").then()
                .statusCode(200).extract().asString();
        String json = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/api/campaigns/" + world.campaign() + "/my/assignments").then().statusCode(200)
                .body("[0].blind", equalTo(true)).extract().asString();
        String sheetJson = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/api/campaigns/" + world.campaign() + "/sheets/" + candidate).then().statusCode(200)
                .extract().asString();

        for (String text : List.of(list, sheet, english, json, sheetJson)) {
            assertTrue(text.contains(code), "the candidate appears by code");
            for (String identity : identities(world)) {
                assertFalse(text.contains(identity), "'" + identity + "' must not reach the expert: " + text);
            }
        }
        assertTrue(sheet.contains("id=\"blind-note\""), "the sheet says it is blind");
        assertTrue(sheet.contains("〔已隐去〕获评〔已隐去〕首席技师"), "free texts are shown with the names blanked out");
        assertTrue(english.contains("scores blind"));
        // What the expert needs to judge the work is still there.
        assertTrue(sheet.contains("数控车工") && sheet.contains("长期扎根一线，攻克多项工艺难题。"));
    }

    @Test
    void anOpenCampaignShowsExpertsWhoTheyScore() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("公开评审测试", 1, 1, false, TELLING_TEXTS);
        String expert = world.expertAccounts().get(0);
        long candidate = world.candidates().get(0);
        String sheet = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/expert/campaigns/" + world.campaign() + "/candidates/" + candidate).then().statusCode(200)
                .extract().asString();
        String list = Auth.as(expert, PageFixtures.PASSWORD).get("/expert/campaigns/" + world.campaign()).then()
                .statusCode(200).extract().asString();
        String json = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/api/campaigns/" + world.campaign() + "/my/assignments").then().statusCode(200)
                .body("[0].blind", equalTo(false)).extract().asString();
        for (String identity : identities(world)) {
            assertTrue(sheet.contains(identity), "'" + identity + "' is on the open sheet");
        }
        assertTrue(list.contains(world.candidateNames().get(0)) && json.contains(world.candidateNames().get(0)));
        assertTrue(json.contains("页面测试机车有限公司"));
        assertFalse(sheet.contains("blind-note"));
    }

    @Test
    void theSettingIsAuditedAndFixedOnceScoringHasStarted() {
        long campaign = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "盲评设置测试", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024")).post("/api/campaigns").then().statusCode(201)
                .body("scoring.blind", equalTo(false)).extract().jsonPath().getLong("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "盲评设置测试", "year", 2024,
                "scoring", Map.of("blind", true))).put("/api/campaigns/" + campaign).then().statusCode(200)
                .body("scoring.blind", equalTo(true));
        // Settings without the scoring part keep it.
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "盲评设置测试（改名）", "year", 2024))
                .put("/api/campaigns/" + campaign).then().statusCode(200).body("scoring.blind", equalTo(true));
        asAdmin().queryParam("action", "CAMPAIGN_SETTINGS_CHANGED").queryParam("campaignId", campaign)
                .get("/api/audit").then().statusCode(200).body("events", hasSize(2))
                .body("events.find { it.after.name == '盲评设置测试' }.before.scoring.blind", equalTo(false))
                .body("events.find { it.after.name == '盲评设置测试' }.after.scoring.blind", equalTo(true))
                .body("events.find { it.after.name == '盲评设置测试' }.actor", equalTo(Auth.ADMIN));
        // An unchanged PUT leaves no audit line.
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "盲评设置测试（改名）", "year", 2024))
                .put("/api/campaigns/" + campaign).then().statusCode(200);
        asAdmin().queryParam("action", "CAMPAIGN_SETTINGS_CHANGED").queryParam("campaignId", campaign)
                .get("/api/audit").then().body("events", hasSize(2));

        PageFixtures.Scoring scoring = PageFixtures.scoringCampaign("盲评阶段测试", 1, 1, true, Map.of());
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "盲评阶段测试", "year", 2024,
                "scoring", Map.of("blind", false))).put("/api/campaigns/" + scoring.campaign()).then()
                .statusCode(409).body("rule", equalTo("phase"));
        asAdmin().get("/api/campaigns/" + scoring.campaign()).then().body("scoring.blind", equalTo(true));
        // The unit (and every other role) cannot change it.
        Auth.as(PageFixtures.account("UNIT", Map.of("unitId", scoring.unit())), PageFixtures.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("name", "x", "year", 2024, "scoring", Map.of("blind", false)))
                .put("/api/campaigns/" + scoring.campaign()).then().statusCode(403);
    }

    /** What names the candidate: name, employer, recommending unit, referees' names and employers. */
    private static List<String> identities(PageFixtures.Scoring world) {
        String unit = asAdmin().get("/api/campaigns/" + world.campaign() + "/units/" + world.unit()).then()
                .statusCode(200).extract().path("name");
        return List.of(world.candidateNames().get(0), "页面测试机车有限公司", unit, "推荐人一", "推荐人二", "甲公司",
                "乙公司", "焊接车间");
    }
}
