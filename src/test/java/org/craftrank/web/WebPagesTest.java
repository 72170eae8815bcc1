package org.craftrank.web;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page behaviour that needs no browser: redirects, languages, and the forms' petclinic flow (a refused form
 * comes back with its errors beside the fields and what was typed; an accepted one redirects with a message).
 */
@QuarkusTest
class WebPagesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void anonymousVisitorsSignInAndComeBackToThePageTheyAskedFor() {
        given().redirects().follow(false).get("/secretariat/audit?page=0").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fsecretariat%2Faudit%3Fpage%3D0"));
        Response form = given().get("/login?next=/secretariat/audit");
        Matcher token = TOKEN.matcher(form.asString());
        assertTrue(token.find());
        form.then().body(containsString("name=\"next\" value=\"/secretariat/audit\""));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", form.getCookie("csrf-token")).formParam("csrf-token", token.group(1))
                .formParam("username", Auth.ADMIN).formParam("password", Auth.ADMIN_PASSWORD)
                .formParam("next", "/secretariat/audit").post("/login")
                .then().statusCode(303).header("Location", endsWith("/secretariat/audit"));
    }

    @Test
    void eachRoleStartsOnItsOwnPagesAndTheLanguageChoiceIsRemembered() {
        String session = Auth.signIn(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        given().redirects().follow(false).cookie(SessionCookie.NAME, session).get("/").then().statusCode(303)
                .header("Location", endsWith("/secretariat"));
        Response english = given().cookie(SessionCookie.NAME, session).get("/secretariat?lang=en");
        english.then().statusCode(200).body(allOf(containsString("<html lang=\"en\">"),
                containsString("Campaigns"), containsString("Sign out")));
        String remembered = english.getCookie("craftrank_lang");
        given().cookie(SessionCookie.NAME, session).cookie("craftrank_lang", remembered).get("/secretariat/audit")
                .then().body(containsString("Audit log"));
        given().cookie(SessionCookie.NAME, session).get("/secretariat/audit").then()
                .body(allOf(containsString("<html lang=\"zh-CN\">"), containsString("审计日志")));
    }

    @Test
    void theNominationFormShowsErrorsBesideTheFieldsThenSavesAndSaysSoOnce() {
        long campaign = Auth.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "页面测试：推荐",
                "level", "NATIONAL", "year", 2024, "modelId", "national-2024")).post("/api/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long unit = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "页面测试推荐单位", "kind", "PROVINCE",
                "quota", 2)).post("/api/campaigns/" + campaign + "/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        PageFixtures.transition(campaign, "NOMINATION");
        PageBrowser unitUser = new PageBrowser(PageFixtures.account("UNIT", Map.of("unitId", unit)), PageFixtures.PASSWORD);

        unitUser.get("/unit").then().statusCode(303).header("Location", endsWith("/unit/campaigns/" + campaign));
        unitUser.get("/unit/campaigns/" + campaign).then().statusCode(200)
                .body(allOf(containsString("已推荐 0 / 2 人"), containsString("/candidates/new")));
        unitUser.get("/unit/campaigns/" + campaign + "/candidates/new").then().statusCode(200);

        // First the form's own rules (required fields, a referee row with a gap), all at once...
        Map<String, String> bad = new HashMap<>();
        bad.put("name", "");
        bad.put("gender", "FEMALE");
        bad.put("employer", "页面测试重工有限公司");
        bad.put("referees[1].name", "只填了名字");
        unitUser.post("/unit/campaigns/" + campaign + "/candidates", bad).then().statusCode(400).body(allOf(
                containsString("id=\"f-name-error\" role=\"alert\">必填"),
                containsString("id=\"f-referee1-name-error\" role=\"alert\">必填"),
                containsString("id=\"f-referee2-employer-error\" role=\"alert\">必填"),
                containsString("value=\"页面测试重工有限公司\""), containsString("value=\"只填了名字\"")));
        // ...then the campaign model's and the identity rules, checked by the candidate service.
        unitUser.get("/unit/campaigns/" + campaign + "/candidates/new");
        Map<String, String> invalid = new HashMap<>(Map.of("name", "页面推荐对象", "gender", "FEMALE",
                "employer", "页面测试重工有限公司", "idNumber", "110105194912310021", "oneLineReason", "一".repeat(31)));
        unitUser.post("/unit/campaigns/" + campaign + "/candidates", invalid).then().statusCode(400).body(allOf(
                containsString("id=\"f-id-error\" role=\"alert\">身份证号无效"),
                containsString("id=\"f-one-line-error\" role=\"alert\">不能超过 30 字")));
        unitUser.get("/unit/campaigns/" + campaign).then().body(containsString("已推荐 0 / 2 人"));

        unitUser.get("/unit/campaigns/" + campaign + "/candidates/new");
        Map<String, String> good = new HashMap<>(Map.of("name", "页面推荐对象", "gender", "MALE",
                "employer", "页面测试重工有限公司", "birthYearMonth", "1980-06", "shopFloorYears", "15",
                "phone", "13912345678"));
        for (int i = 0; i < 3; i++) {
            good.put("referees[" + i + "].name", "推荐人" + i);
            good.put("referees[" + i + "].employer", "外单位" + i);
        }
        Response saved = unitUser.post("/unit/campaigns/" + campaign + "/candidates", good);
        saved.then().statusCode(303).header("Location", endsWith("/unit/campaigns/" + campaign));
        String flash = saved.getCookie("craftrank_flash");
        Response landing = given().cookie(SessionCookie.NAME, unitUser.session).cookie("craftrank_flash", flash)
                .get("/unit/campaigns/" + campaign);
        landing.then().statusCode(200).body(allOf(containsString("推荐对象已保存。"), containsString("页面推荐对象"),
                containsString("139****5678"), not(containsString("13912345678"))));
        assertTrue(landing.getDetailedCookie("craftrank_flash").getMaxAge() == 0, "the flash is shown once");
    }

    @Test
    void aDeclaredConflictEndsScoringThatCandidateAndTheSecretariatSeesIt() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：回避", 2, 1);
        PageBrowser expert = new PageBrowser(world.expertAccounts().get(0), PageFixtures.PASSWORD);
        String sheet = "/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(1);
        expert.get(sheet).then().statusCode(200).body(containsString("申报回避"));
        expert.post(sheet + "/conflict", Map.of("reason", "")).then().statusCode(400)
                .body(containsString("id=\"conflict-reason-error\""));
        expert.post(sheet + "/conflict", Map.of("reason", "曾为其推荐人")).then().statusCode(303)
                .header("Location", endsWith("/expert/campaigns/" + world.campaign()));
        expert.get("/expert/campaigns/" + world.campaign()).then().body(containsString("已回避"));
        expert.get(sheet).then().statusCode(200).body(allOf(containsString("不能为其评分"),
                not(containsString("name=\"score.LEAD1\""))));

        PageBrowser admin = new PageBrowser(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        admin.get("/secretariat/campaigns/" + world.campaign() + "/assignments").then().statusCode(200)
                .body(allOf(containsString("曾为其推荐人"), containsString(world.candidateNames().get(1))));
    }

    @Test
    void aSheetChangedElsewhereIsNotOverwrittenAndWhatWasTypedIsKept() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：并发", 1, 1);
        String account = world.expertAccounts().get(0);
        PageBrowser expert = new PageBrowser(account, PageFixtures.PASSWORD);
        String sheet = "/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0);
        expert.get(sheet).then().body(containsString("name=\"version\" value=\"&quot;v0&quot;\""));
        // Another window saves first, through the JSON API.
        Auth.as(account, PageFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("items", Map.of("LEAD1", Map.of("score", 3))))
                .header("If-Match", "*").put("/api/campaigns/" + world.campaign() + "/sheets/" + world.candidates().get(0))
                .then().statusCode(200);
        expert.post(sheet, Map.of("version", "\"v0\"", "score.LEAD1", "9", "action", "save")).then()
                .statusCode(409).body(allOf(containsString("此评分表已在其他窗口中更改"), containsString("value=\"9\""),
                        containsString("name=\"version\" value=\"&quot;v1&quot;\"")));
        Auth.as(account, PageFixtures.PASSWORD).get("/api/campaigns/" + world.campaign() + "/sheets/"
                + world.candidates().get(0)).then().body("items.LEAD1.score", equalTo(3));
    }

    @Test
    void theOverviewMovesTheCampaignOnOrSaysWhyNot() {
        long campaign = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "页面测试：阶段",
                "level", "NATIONAL", "year", 2024, "modelId", "national-2024")).post("/api/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        PageBrowser admin = new PageBrowser(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        String overview = "/secretariat/campaigns/" + campaign;
        admin.get(overview).then().statusCode(200).body(allOf(containsString("添加推荐单位"),
                containsString("进入“推荐”阶段")));
        admin.post(overview + "/transition", Map.of("to", "NOMINATION")).then().statusCode(409)
                .body(containsString("未能进入下一阶段"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "页面测试阶段单位", "kind", "PROVINCE",
                "quota", 2)).post("/api/campaigns/" + campaign + "/units").then().statusCode(201);
        admin.post(overview + "/transition", Map.of("to", "NOMINATION", "reason", "开始推荐")).then()
                .statusCode(303).header("Location", endsWith(overview)).cookie("craftrank_flash", "PHASE_CHANGED");
        // A second click of the same form does not skip a phase.
        admin.post(overview + "/transition", Map.of("to", "NOMINATION")).then().statusCode(303);
        asAdmin().get("/api/campaigns/" + campaign).then().body("phase", equalTo("NOMINATION"));
        admin.get(overview).then().body(allOf(containsString("开始推荐"), containsString("进入“形式审查”阶段")));
        List.of("/progress", "/assignments").forEach(tab -> admin.get(overview).then()
                .body(not(containsString("href=\"" + overview + tab + "\""))));
    }
}
