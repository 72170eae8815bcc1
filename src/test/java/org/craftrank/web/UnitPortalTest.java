package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
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
 * Issue 21, step 3: the units' portal — the full nomination form, corrections, withdrawal, submitting the list
 * (上报), which locks it, and the secretariat returning it (退回) with a reason — on the pages and over the API.
 */
@QuarkusTest
class UnitPortalTest {

    /** A campaign in NOMINATION with one unit of three places and its operator. */
    private record World(long campaign, long unit, String operator) {
    }

    private static World world(String name) {
        long campaign = asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024", "shortlistSize", 2)).post("/api/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long unit = asAdmin().contentType(ContentType.JSON).body(Map.of("name", name + "单位", "kind", "PROVINCE",
                "quota", 3)).post("/api/campaigns/" + campaign + "/units").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        PageFixtures.transition(campaign, "NOMINATION");
        return new World(campaign, unit, PageFixtures.account("UNIT", Map.of("unitId", unit)));
    }

    private static Map<String, String> fullForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("gender", "FEMALE");
        form.put("birthYearMonth", "1982-03");
        form.put("ethnicity", "回族");
        form.put("education", "大学专科");
        form.put("politicalStatus", "中共党员");
        form.put("employer", "门户测试装备有限公司");
        form.put("enterpriseType", "国有企业");
        form.put("groupCompany", "门户测试集团");
        form.put("employerAddress", "示例市示例路2号");
        form.put("postcode", "100001");
        form.put("trade", "焊工");
        form.put("personnelCategory", "一线产业工人");
        form.put("migrantWorker", "true");
        form.put("shopFloorYears", "18");
        form.put("personalStatement", "从学徒做起，二十年如一日。");
        form.put("declarations.leadershipPost", "false");
        form.put("declarations.otherTalentProgramme", "true");
        for (int i = 0; i < 3; i++) {
            form.put("referees[" + i + "].name", "门户推荐人" + i);
            form.put("referees[" + i + "].employer", "外单位" + i);
        }
        return form;
    }

    @Test
    void theNominationFormHasEveryFieldOfTheImportAndSavesThem() {
        World w = world("门户测试：全字段");
        PageBrowser operator = new PageBrowser(w.operator(), PageFixtures.PASSWORD);
        String base = "/unit/campaigns/" + w.campaign();
        operator.get(base + "/candidates/new").then().statusCode(200).body(allOf(containsString("name=\"ethnicity\""),
                containsString("name=\"education\""), containsString("name=\"politicalStatus\""),
                containsString("name=\"enterpriseType\""), containsString("name=\"personnelCategory\""),
                containsString("name=\"migrantWorker\""), containsString("name=\"personalStatement\""),
                containsString("name=\"declarations.recognisedGreatCraftsman\""),
                containsString("name=\"oneLineReason\" rows=\"2\" data-max=\"30\"")));
        operator.post(base + "/candidates", fullForm("门户全字段")).then().statusCode(303);
        var c = asAdmin().get("/api/campaigns/" + w.campaign() + "/candidates").then().extract().jsonPath();
        assertEquals("回族", c.getString("items[0].ethnicity"));
        assertEquals("大学专科", c.getString("items[0].education"));
        assertEquals("国有企业", c.getString("items[0].enterpriseType"));
        assertEquals("一线产业工人", c.getString("items[0].personnelCategory"));
        assertTrue(c.getBoolean("items[0].migrantWorker"));
        assertEquals("从学徒做起，二十年如一日。", c.getString("items[0].personalStatement"));
        assertEquals(Boolean.TRUE, c.get("items[0].declarations.otherTalentProgramme"));
        assertEquals(Boolean.FALSE, c.get("items[0].declarations.leadershipPost"));
    }

    @Test
    void errorsAreListedAndLinkedAndATextOverItsLimitIsRefusedAsTyped() {
        World w = world("门户测试：错误");
        PageBrowser operator = new PageBrowser(w.operator(), PageFixtures.PASSWORD);
        String base = "/unit/campaigns/" + w.campaign();
        operator.get(base + "/candidates/new");
        Map<String, String> bad = fullForm("");
        bad.put("postcode", "1000");
        bad.put("migrantWorker", "maybe");
        String tooLong = "长".repeat(31);
        bad.put("oneLineReason", tooLong);
        operator.post(base + "/candidates", bad).then().statusCode(400).body(allOf(
                containsString("id=\"error-summary\""), containsString("href=\"#f-name\""),
                containsString("href=\"#f-postcode\""), containsString("href=\"#f-migrant\""),
                containsString("id=\"f-postcode-error\"")));
        bad.put("name", "门户超长");
        bad.put("postcode", "100001");
        bad.put("migrantWorker", "false");
        operator.get(base + "/candidates/new");
        Response refused = operator.post(base + "/candidates", bad);
        refused.then().statusCode(400).body(allOf(containsString("href=\"#f-one-line\""),
                containsString("不能超过 30 字"), containsString(">" + tooLong + "</textarea>"),
                containsString("data-max=\"30\"")));
        asAdmin().get("/api/campaigns/" + w.campaign() + "/candidates").then().body("items.size()", equalTo(0));
    }

    @Test
    void theUnitCorrectsAndWithdrawsItsCandidatesKeepingTheStoredIdNumber() {
        World w = world("门户测试：修改");
        Map<String, Object> body = PageFixtures.candidate(w.unit(), "门户修改对象");
        body.put("idNumber", "11010519491231002X");
        long candidate = asAdmin().contentType(ContentType.JSON).body(body)
                .post("/api/campaigns/" + w.campaign() + "/candidates").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        PageBrowser operator = new PageBrowser(w.operator(), PageFixtures.PASSWORD);
        String base = "/unit/campaigns/" + w.campaign();
        Response form = operator.get(base + "/candidates/" + candidate);
        form.then().statusCode(200).body(allOf(containsString("value=\"门户修改对象\""),
                containsString("110105********002X"), not(containsString("11010519491231002X"))));
        String version = form.asString().replaceAll("(?s).*name=\"version\" value=\"([^\"]+)\".*", "$1")
                .replace("&quot;", "\"");
        Map<String, String> fields = new HashMap<>(Map.of("version", version, "name", "门户修改对象",
                "gender", "FEMALE", "employer", "页面测试机车有限公司", "trade", "钳工", "shopFloorYears", "12"));
        for (int i = 0; i < 3; i++) {
            fields.put("referees[" + i + "].name", "推荐人" + i);
            fields.put("referees[" + i + "].employer", "外单位" + i);
        }
        operator.post(base + "/candidates/" + candidate, fields).then().statusCode(303);
        asAdmin().get("/api/campaigns/" + w.campaign() + "/candidates/" + candidate).then()
                .body("trade", equalTo("钳工")).body("idNumberMasked", equalTo("110105********002X"));
        // the same (stale) version again
        operator.get(base + "/candidates/" + candidate);
        operator.post(base + "/candidates/" + candidate, fields).then().statusCode(409)
                .body(containsString("其他人在您打开此页后修改了该推荐对象"));
        // another unit's candidate is unknown
        World other = world("门户测试：他人");
        long foreign = asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(other.unit(), "他人对象"))
                .post("/api/campaigns/" + other.campaign() + "/candidates").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        operator.get("/unit/campaigns/" + other.campaign() + "/candidates/" + foreign).then().statusCode(404);
        operator.get(base + "/candidates/" + foreign).then().statusCode(404);
        // withdrawal: a confirmation, then the place is free again
        operator.get(base + "/candidates/" + candidate + "/withdraw").then().statusCode(200)
                .body(containsString("确定撤回“门户修改对象”吗？"));
        Response withdrawn = operator.post(base + "/candidates/" + candidate + "/withdraw", Map.of());
        withdrawn.then().statusCode(303);
        operator.follow(withdrawn).then().body(allOf(containsString("推荐对象已撤回。"), containsString("已推荐 0 / 3 人")));
    }

    @Test
    void submittingLocksTheListUntilTheSecretariatReturnsItWithAReason() {
        World w = world("门户测试：上报");
        asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(w.unit(), "门户上报对象"))
                .post("/api/campaigns/" + w.campaign() + "/candidates").then().statusCode(201);
        PageBrowser operator = new PageBrowser(w.operator(), PageFixtures.PASSWORD);
        String base = "/unit/campaigns/" + w.campaign();
        operator.get(base).then().body(allOf(containsString("名单状态：未上报"), containsString("/submission")));
        operator.get(base + "/submission").then().statusCode(200)
                .body(containsString("将上报 1 名推荐对象（名额 3 名）"));
        // without the CSRF token nothing happens
        given().redirects().follow(false).cookie(SessionCookie.NAME, operator.session)
                .contentType("application/x-www-form-urlencoded").formParam("x", "1").post(base + "/submission")
                .then().statusCode(400);
        asAdmin().get("/api/campaigns/" + w.campaign() + "/units/" + w.unit()).then().body("listStatus", equalTo("OPEN"));
        Response submitted = operator.post(base + "/submission", Map.of());
        submitted.then().statusCode(303);
        operator.follow(submitted).then().body(allOf(containsString("推荐名单已上报"), containsString("名单状态：已上报"),
                not(containsString("/candidates/new"))));
        // locked: the page, the API and the import refuse the unit
        operator.get(base + "/candidates/new").then().statusCode(303);
        operator.get(base);
        operator.post(base + "/candidates", fullForm("上报后推荐")).then().statusCode(409)
                .body(containsString("本单位的名单已上报，秘书处退回前不能修改。"));
        Auth.as(w.operator(), PageFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(PageFixtures.candidate(w.unit(), "上报后接口")).post("/api/campaigns/" + w.campaign() + "/candidates")
                .then().statusCode(409).body("rule", equalTo("list-submitted"));
        Auth.as(w.operator(), PageFixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of())
                .post("/api/campaigns/" + w.campaign() + "/units/" + w.unit() + "/submission").then().statusCode(409)
                .body("rule", equalTo("list-submitted"));

        // the secretariat sees 已上报 and returns the list; the reason is required and never cut
        PageBrowser admin = PageBrowser.admin();
        String units = "/secretariat/campaigns/" + w.campaign() + "/units";
        admin.get(units).then().body(containsString("已上报"));
        admin.get(units + "/" + w.unit()).then().body(containsString("退回给该单位修改"));
        admin.post(units + "/" + w.unit() + "/return", Map.of("reason", "")).then().statusCode(400)
                .body(containsString("id=\"r-reason-error\""));
        String tooLong = "改".repeat(501);
        admin.post(units + "/" + w.unit() + "/return", Map.of("reason", tooLong)).then().statusCode(400)
                .body(allOf(containsString("最多 500 个字。"), containsString(">" + tooLong + "</textarea>")));
        Response returned = admin.post(units + "/" + w.unit() + "/return", Map.of("reason", "请补充推荐人职称"));
        returned.then().statusCode(303);
        admin.follow(returned).then().body(allOf(containsString("推荐名单已退回该单位修改。"), containsString("已退回")));
        asAdmin().get("/api/audit?action=UNIT_LIST_RETURNED&campaignId=" + w.campaign()).then()
                .body("events.size()", equalTo(1));
        asAdmin().get("/api/audit?action=UNIT_LIST_SUBMITTED&campaignId=" + w.campaign()).then()
                .body("events.size()", equalTo(1));

        // the unit reads why, may nominate again and submits once more
        operator.get(base).then().body(allOf(containsString("名单状态：已退回"), containsString("请补充推荐人职称"),
                containsString("/candidates/new")));
        operator.get(base + "/candidates/new");
        operator.post(base + "/candidates", fullForm("退回后推荐")).then().statusCode(303);
        operator.get(base + "/submission").then().body(containsString("将上报 2 名推荐对象"));
        operator.post(base + "/submission", Map.of()).then().statusCode(303);
        asAdmin().get("/api/campaigns/" + w.campaign() + "/units/" + w.unit()).then()
                .body("listStatus", equalTo("SUBMITTED")).body("listReturnReason", equalTo("请补充推荐人职称"));
    }

    @Test
    void refusalsOfTheListRoutes() {
        World w = world("门户测试：拒绝");
        // nothing to return
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "无"))
                .post("/api/campaigns/" + w.campaign() + "/units/" + w.unit() + "/return").then().statusCode(409)
                .body("rule", equalTo("list-not-submitted"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post("/api/campaigns/" + w.campaign() + "/units/" + w.unit() + "/return").then().statusCode(400);
        // the secretariat does not submit for a unit; a unit does not return
        asAdmin().contentType(ContentType.JSON).body(Map.of())
                .post("/api/campaigns/" + w.campaign() + "/units/" + w.unit() + "/submission").then().statusCode(403);
        Auth.as(w.operator(), PageFixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/campaigns/" + w.campaign() + "/units/" + w.unit() + "/return").then().statusCode(403);
        // other roles on the portal's pages
        PageBrowser.admin().get("/unit/campaigns/" + w.campaign() + "/submission").then().statusCode(403);
        // after nomination: no submission
        asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(w.unit(), "门户拒绝对象"))
                .post("/api/campaigns/" + w.campaign() + "/candidates").then().statusCode(201);
        PageFixtures.transition(w.campaign(), "FORMAL_REVIEW");
        PageBrowser operator = new PageBrowser(w.operator(), PageFixtures.PASSWORD);
        operator.get("/unit/campaigns/" + w.campaign() + "/submission").then().statusCode(200)
                .body(not(containsString("确认上报")));
        operator.post("/unit/campaigns/" + w.campaign() + "/submission", Map.of()).then().statusCode(409)
                .body(containsString("当前阶段不允许这一操作。"));
        List<String> none = List.of();
        assertTrue(none.isEmpty());
    }
}
