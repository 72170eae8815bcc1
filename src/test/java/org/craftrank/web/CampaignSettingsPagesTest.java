package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.craftrank.security.auth.SessionCookie;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21, step 1: creating a campaign and changing its settings on the pages, through the same service as the
 * API, with every refusal (role, phase, CSRF, bad input, a change made meanwhile) answered on the page.
 */
@QuarkusTest
class CampaignSettingsPagesTest {

    private static Map<String, String> createForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("level", "NATIONAL");
        form.put("year", "2024");
        form.put("modelId", "national-2024");
        form.put("method", "TRIMMED_MEAN");
        form.put("trimCount", "1");
        form.put("tieBreak1", "CAPABILITY:PRAC");
        form.put("tieBreak2", "MEDIAN");
        form.put("shortlistSize", "12");
        form.put("blind", "on");
        form.put("sameRecommendingUnit", "on");
        return form;
    }

    @Test
    void theSecretariatCreatesACampaignWithEverySettingAsTheApiWould() {
        PageBrowser admin = PageBrowser.admin();
        admin.get("/secretariat").then().statusCode(200)
                .body(allOf(containsString("href=\"/secretariat/new-campaign\""), not(containsString("swagger"))));
        admin.get("/secretariat/new-campaign").then().statusCode(200)
                .body(allOf(containsString("新建活动"), containsString("name=\"modelId\""),
                        containsString("去掉最高分和最低分后平均")));
        Response created = admin.post("/secretariat/new-campaign", createForm("页面创建的活动"));
        created.then().statusCode(303);
        String location = created.getHeader("Location");
        long id = Long.parseLong(location.replaceAll(".*/campaigns/(\\d+).*", "$1"));
        admin.follow(created).then().statusCode(200).body(containsString("活动已创建。"));

        var api = asAdmin().get("/api/campaigns/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("页面创建的活动", api.getString("name"));
        assertEquals("DRAFT", api.getString("phase"));
        assertEquals("TRIMMED_MEAN", api.getString("aggregation.method"));
        assertEquals(1, api.getInt("aggregation.trimCount"));
        assertEquals(List.of("CAPABILITY:PRAC", "MEDIAN"), api.getList("aggregation.tieBreakOrder"));
        assertEquals(12, api.getInt("shortlistSize"));
        assertTrue(api.getBoolean("scoring.blind"));
        assertEquals(List.of("SAME_RECOMMENDING_UNIT"), api.getList("optionalConflictRules"));
    }

    @Test
    void badInputComesBackBesideEachFieldWithASummaryLinkingThem() {
        PageBrowser admin = PageBrowser.admin();
        admin.get("/secretariat/new-campaign");
        Map<String, String> form = createForm("");
        form.put("year", "二〇二四");
        form.put("trimCount", "0");
        form.put("tieBreak2", "CAPABILITY:PRAC");
        form.put("modelId", "no-such-model");
        Response page = admin.post("/secretariat/new-campaign", form);
        page.then().statusCode(400).body(allOf(
                containsString("id=\"f-name-error\""), containsString("请填写此项。"),
                containsString("id=\"f-year-error\""), containsString("请填写整数。"),
                containsString("href=\"#f-name\""), containsString("href=\"#f-year\""),
                containsString("aria-invalid=\"true\"")));
        // the model is unknown: the service's check answers beside the model's select once the rest reads
        Map<String, String> second = createForm("名称");
        second.put("modelId", "no-such-model");
        admin.post("/secretariat/new-campaign", second).then().statusCode(400)
                .body(allOf(containsString("id=\"f-modelId-error\""), containsString("没有这个评价指标体系")));
        Map<String, String> third = createForm("名称");
        third.put("trimCount", "0");
        third.put("tieBreak2", "CAPABILITY:PRAC");
        admin.post("/secretariat/new-campaign", third).then().statusCode(400).body(allOf(
                containsString("id=\"f-trimCount-error\""), containsString("须至少去掉 1 个"),
                containsString("id=\"f-tieBreak2-error\""), containsString("同一比较步骤不能重复。"),
                containsString("value=\"名称\"")));
        // English
        admin.get("/secretariat/new-campaign?lang=en");
        Response english = given().redirects().follow(false).cookie(SessionCookie.NAME, admin.session)
                .cookie("csrf-token", admin.csrfCookie).cookie("craftrank_lang", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", admin.token)
                .formParams(third).post("/secretariat/new-campaign");
        english.then().statusCode(400).body(containsString("The trimmed mean drops at least 1 score"));
    }

    @Test
    void formsWithoutTheirCsrfTokenAndOtherRolesAreRefused() {
        PageBrowser admin = PageBrowser.admin();
        admin.get("/secretariat/new-campaign");
        given().redirects().follow(false).cookie(SessionCookie.NAME, admin.session)
                .contentType("application/x-www-form-urlencoded").formParams(createForm("无令牌"))
                .post("/secretariat/new-campaign").then().statusCode(400);
        assertEquals(0, asAdmin().get("/api/campaigns").then().extract().jsonPath()
                .getList("findAll { it.name == '无令牌' }").size());

        long campaign = PageFixtures.formalReviewCampaign("页面测试：设置权限", 1, 1).campaign();
        String committee = PageFixtures.account("COMMITTEE", Map.of("campaignIds", List.of(campaign)));
        PageBrowser member = new PageBrowser(committee, PageFixtures.PASSWORD);
        member.get("/secretariat/new-campaign").then().statusCode(403);
        member.get("/secretariat/campaigns/" + campaign + "/settings").then().statusCode(403);
        admin.get("/secretariat/campaigns/999999/settings").then().statusCode(404);
    }

    @Test
    void settingsChangeWhileThePhaseAllowsWithTheVersionTheFormWasRenderedFrom() {
        long campaign = PageFixtures.formalReviewCampaign("页面测试：设置", 1, 1).campaign();
        String path = "/secretariat/campaigns/" + campaign + "/settings";
        PageBrowser admin = PageBrowser.admin();
        Response page = admin.get(path);
        page.then().statusCode(200).body(allOf(containsString("活动设置"), containsString("name=\"version\"")));
        String version = page.asString().replaceAll("(?s).*name=\"version\" value=\"([^\"]+)\".*", "$1")
                .replace("&quot;", "\"");

        Map<String, String> form = new HashMap<>();
        form.put("version", version);
        form.put("name", "页面测试：设置（改）");
        form.put("year", "2025");
        form.put("method", "MEDIAN");
        form.put("trimCount", "0");
        form.put("tieBreak1", "HIGHER_RANKED_COUNT");
        form.put("shortlistSize", "3");
        form.put("blind", "on");
        Response saved = admin.post(path, form);
        saved.then().statusCode(303);
        admin.follow(saved).then().body(containsString("活动设置已保存。"));
        var api = asAdmin().get("/api/campaigns/" + campaign).then().extract().jsonPath();
        assertEquals("MEDIAN", api.getString("aggregation.method"));
        assertEquals(3, api.getInt("shortlistSize"));
        assertEquals(2025, api.getInt("year"));
        assertTrue(api.getBoolean("scoring.blind"));

        // the same (now stale) version again: the page shows the current settings instead of overwriting them
        form.put("shortlistSize", "9");
        admin.post(path, form).then().statusCode(409).body(allOf(containsString("其他人在您打开此页后修改了活动设置"),
                containsString("value=\"3\"")));
        assertEquals(3, asAdmin().get("/api/campaigns/" + campaign).then().extract().jsonPath().getInt("shortlistSize"));
        // the change is audited, as through the API
        asAdmin().get("/api/audit?action=CAMPAIGN_SETTINGS_CHANGED&campaignId=" + campaign).then().statusCode(200)
                .body("events.size()", equalTo(1));
    }

    @Test
    void fromDeliberationOnTheSettingsAreReadOnlyAndAPostIsRefused() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：设置锁定");
        String path = "/secretariat/campaigns/" + world.campaign() + "/settings";
        PageBrowser admin = PageBrowser.admin();
        admin.get(path).then().statusCode(200).body(allOf(containsString("id=\"settings-locked\""),
                containsString("<fieldset disabled>"), not(containsString("保存设置"))));
        admin.post(path, Map.of("name", "改名", "year", "2024", "shortlistSize", "5")).then().statusCode(409)
                .body(containsString("未能保存：当前阶段不允许这一修改。"));
        asAdmin().get("/api/campaigns/" + world.campaign()).then().body("shortlistSize", equalTo(2));
    }

    @Test
    void deliberationWithoutAShortlistSizeIsRefusedOnTheOverviewNamingTheSettingsPage() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：无名额", 1, 1);
        PageFixtures.submit(world.expertAccounts().get(0), world.campaign(), world.candidates().get(0), 8);
        // a campaign opened without places (the API allows it until deliberation)
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "页面测试：无名额", "year", 2024))
                .put("/api/campaigns/" + world.campaign()).then().statusCode(200);
        PageBrowser admin = PageBrowser.admin();
        String overview = "/secretariat/campaigns/" + world.campaign();
        admin.get(overview).then().statusCode(200)
                .body(containsString("href=\"/secretariat/campaigns/" + world.campaign() + "/settings\""));
        admin.post(overview + "/transition", Map.of("to", "DELIBERATION")).then().statusCode(409)
                .body(allOf(containsString("须在“活动设置”页填写建议名单名额"), not(containsString("/api/"))));
        asAdmin().get("/api/campaigns/" + world.campaign()).then().body("phase", equalTo("SCORING"));
    }
}
