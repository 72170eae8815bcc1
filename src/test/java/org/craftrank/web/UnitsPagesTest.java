package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.craftrank.security.auth.SessionCookie;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 21, step 2: the secretariat's units page — the table of units × places × nominated × list state × contact,
 * adding, editing and removing a unit, loading a quota table — with its refusals (role, phase, CSRF, bad input,
 * a change made meanwhile).
 */
@QuarkusTest
class UnitsPagesTest {

    private static long draftCampaign(String name) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "level", "NATIONAL", "year", 2024,
                "modelId", "national-2024", "shortlistSize", 5)).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void theSecretariatAddsEditsAndRemovesUnitsAndSeesWhoHasNotNominated() {
        long campaign = draftCampaign("页面测试：推荐单位");
        String base = "/secretariat/campaigns/" + campaign + "/units";
        PageBrowser admin = PageBrowser.admin();
        admin.get(base).then().statusCode(200).body(containsString("添加推荐单位"));

        Response added = admin.post(base, Map.of("name", "甲省总工会", "kind", "PROVINCE", "quota", "3",
                "contact", "张三 办公室"));
        added.then().statusCode(303);
        admin.follow(added).then().body(allOf(containsString("推荐单位已保存。"), containsString("甲省总工会"),
                containsString("张三 办公室"), containsString("尚未推荐"), containsString("未上报")));
        admin.get(base);
        admin.post(base, Map.of("name", "乙产业工会", "kind", "INDUSTRY_UNION", "quota", "2")).then().statusCode(303);
        var units = asAdmin().get("/api/campaigns/" + campaign + "/units").then().extract().jsonPath();
        long first = units.getLong("find { it.name == '甲省总工会' }.id");
        long second = units.getLong("find { it.name == '乙产业工会' }.id");
        assertEquals("张三 办公室", units.getString("find { it.name == '甲省总工会' }.contact"));
        assertEquals("OPEN", units.getString("find { it.name == '甲省总工会' }.listStatus"));

        // a nomination: the unit disappears from "not nominated"
        asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(first, "页面测试单位候选"))
                .post("/api/campaigns/" + campaign + "/candidates").then().statusCode(201);
        admin.get(base + "?filter=not-nominated").then().statusCode(200)
                .body(allOf(containsString("乙产业工会"), not(containsString("甲省总工会"))));
        admin.get(base).then().body(containsString("共 2 个推荐单位，名额 5 个，已推荐 1 人；1 个单位尚未推荐任何人"));

        // edit with the version the form was rendered from; the same version again is stale
        Response form = admin.get(base + "/" + first);
        String version = form.asString().replaceAll("(?s).*name=\"version\" value=\"([^\"]+)\".*", "$1")
                .replace("&quot;", "\"");
        admin.post(base + "/" + first, Map.of("version", version, "name", "甲省总工会", "kind", "PROVINCE",
                "quota", "4", "contact", "李四")).then().statusCode(303);
        asAdmin().get("/api/campaigns/" + campaign + "/units/" + first).then()
                .body("quota", equalTo(4)).body("contact", equalTo("李四"));
        admin.post(base + "/" + first, Map.of("version", version, "name", "甲省总工会", "kind", "PROVINCE",
                "quota", "9")).then().statusCode(409).body(allOf(containsString("其他人在您打开此页后修改了该推荐单位"),
                containsString("value=\"4\"")));
        // bad input beside the fields, the summary linking them
        admin.post(base + "/" + first, Map.of("name", "", "kind", "PROVINCE", "quota", "三", "minimum", "9")).then()
                .statusCode(400).body(allOf(containsString("id=\"u-name-error\""), containsString("id=\"u-quota-error\""),
                containsString("href=\"#u-name\""), containsString("请填写整数。")));
        admin.post(base, Map.of("name", "乙产业工会", "kind", "PROVINCE", "quota", "1")).then().statusCode(400)
                .body(containsString("本活动已有同名的推荐单位。"));
        admin.post(base + "/" + first, Map.of("name", "甲省总工会", "kind", "PROVINCE", "quota", "0")).then()
                .statusCode(400).body(containsString("名额不能少于该单位已推荐的人数。"));

        // removal: confirmation first; a unit with nominations cannot be removed
        admin.get(base + "/" + second + "/remove").then().statusCode(200).body(containsString("确定删除“乙产业工会”吗？"));
        Response removed = admin.post(base + "/" + second + "/remove", Map.of());
        removed.then().statusCode(303);
        admin.follow(removed).then().body(containsString("推荐单位已删除。"));
        admin.get(base + "/" + first + "/remove");
        admin.post(base + "/" + first + "/remove", Map.of()).then().statusCode(409)
                .body(containsString("该单位已推荐了推荐对象，不能删除"));
    }

    @Test
    void aQuotaTableLoadsTheNoticesUnits() {
        long campaign = draftCampaign("页面测试：名额表");
        String base = "/secretariat/campaigns/" + campaign + "/units";
        PageBrowser admin = PageBrowser.admin();
        admin.get(base).then().body(containsString("value=\"national-2024\""));
        admin.post(base + "/quota-table", Map.of("table", "no-such-table")).then().statusCode(400)
                .body(containsString("没有这张名额表"));
        Response loaded = admin.post(base + "/quota-table", Map.of("table", "national-2024"));
        loaded.then().statusCode(303);
        admin.follow(loaded).then().body(allOf(containsString("名额表已载入。"), containsString("名额 270 个")));
    }

    @Test
    void refusalsByRolePhaseAndCsrf() {
        PageFixtures.Scoring review = PageFixtures.formalReviewCampaign("页面测试：单位锁定", 1, 1);
        String base = "/secretariat/campaigns/" + review.campaign() + "/units";
        PageBrowser admin = PageBrowser.admin();
        admin.get(base).then().statusCode(200).body(allOf(containsString("id=\"units-locked\""),
                not(containsString("添加推荐单位"))));
        admin.post(base, Map.of("name", "迟到单位", "kind", "PROVINCE", "quota", "1")).then().statusCode(409)
                .body(containsString("当前阶段不允许这一操作。"));
        // no CSRF token: refused before anything is read
        given().redirects().follow(false).cookie(SessionCookie.NAME, admin.session)
                .contentType("application/x-www-form-urlencoded").formParam("name", "无令牌单位")
                .formParam("kind", "PROVINCE").formParam("quota", "1").post(base).then().statusCode(400);
        // another role
        String operator = PageFixtures.account("UNIT", Map.of("unitId", review.unit()));
        new PageBrowser(operator, PageFixtures.PASSWORD).get(base).then().statusCode(403);
        String committee = PageFixtures.account("COMMITTEE", Map.of("campaignIds", List.of(review.campaign())));
        new PageBrowser(committee, PageFixtures.PASSWORD).get(base + "/" + review.unit()).then().statusCode(403);
        admin.get("/secretariat/campaigns/" + review.campaign() + "/units/987654").then().statusCode(404);
    }
}
