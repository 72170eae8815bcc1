package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftrank.common.Sha256;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * From the ranking to the published list, on a campaign small enough to solve by hand. K = 4 places, at most 2
 * per recommending unit, at least 1 woman:
 * <pre>
 *   unit A: c1 M 9.5, c2 M 9, c3 F 8.5, c7 F 6
 *   unit B: c4 M 8, c5 M 7.5, c6 F 6.5, c8 F 5.5
 * </pre>
 * Merit alone would take c1 c2 c3 c4, which breaks the unit cap. With exactly two per unit, the woman can come
 * from A (c1 c3 + c4 c5 = 33.5) or from B (c1 c2 + c4 c6 = 33): the optimum takes c3 and leaves c2 out.
 * When c3 withdraws during the notice, c1 c4 c5 stay and the freed place must go to a woman of unit A: c7, not
 * the better-ranked c2.
 */
@QuarkusTest
class ShortlistWorkflowTest {

    private static final String[] LABELS = {"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"};
    private static final double[] SCORES = {9.5, 9, 8.5, 8, 7.5, 6.5, 6, 5.5};
    private static final boolean[] IN_A = {true, true, true, false, false, false, true, false};
    private static final boolean[] WOMAN = {false, false, true, false, false, true, true, true};

    private long campaign;
    private final Map<String, String> codes = new LinkedHashMap<>();
    private final List<String> personal = new ArrayList<>();
    private String committee;

    private void deliberatingCampaign() {
        campaign = Api.createNationalCampaign();
        Api.put("/api/campaigns/" + campaign, Map.of("name", "名单测试活动", "year", 2024, "shortlistSize", 4))
                .statusCode(200);
        long unitA = Api.createUnit(campaign, "名单测试甲省总工会", 10);
        long unitB = Api.createUnit(campaign, "名单测试乙省总工会", 10);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < LABELS.length; i++) {
            Map<String, Object> body = Api.candidate(IN_A[i] ? unitA : unitB);
            body.put("name", "名单" + LABELS[i]);
            body.put("gender", WOMAN[i] ? "FEMALE" : "MALE");
            body.put("employer", "名单测试" + LABELS[i] + "公司");
            body.put("phone", "1371234567" + i);
            ids.put(LABELS[i], Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                    .extract().jsonPath().getLong("id"));
            personal.addAll(List.of((String) body.get("idNumber"), (String) body.get("phone"),
                    (String) body.get("birthYearMonth"), "示例路"));
        }
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        List<String> experts = new ArrayList<>();
        for (int e = 1; e <= 2; e++) {
            long expert = Api.createExpert(campaign, "名单专家" + e, "名单测试大学" + e);
            ids.values().forEach(c -> Api.assign(campaign, expert, c));
            experts.add(Api.expertAccount(expert));
        }
        Api.transition(campaign, "SCORING").statusCode(200);
        for (String expert : experts) {
            for (int i = 0; i < LABELS.length; i++) {
                Auth.as(expert, Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(SCORES[i]))
                        .post("/api/campaigns/" + campaign + "/sheets/" + ids.get(LABELS[i]) + "/submit").then()
                        .statusCode(200);
            }
        }
        Api.transition(campaign, "DELIBERATION").statusCode(200);
        JsonPath list = asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().extract().jsonPath();
        ids.forEach((label, id) -> codes.put(label, list.getString("items.find { it.id == " + id + " }.code")));
        committee = "shortlist-committee-" + campaign;
        Api.post("/api/accounts", Map.of("username", committee, "displayName", "委员", "role", "COMMITTEE",
                "campaignIds", List.of(campaign), "password", Api.PASSWORD)).statusCode(201);
        Api.put(path("/shortlist/rules"), Map.of("maxPerUnit", 2, "women", Map.of("count", 1))).statusCode(200);
    }

    private String path(String suffix) {
        return "/api/campaigns/" + campaign + suffix;
    }

    private String code(String label) {
        return codes.get(label);
    }

    private RequestSpecification asCommittee() {
        return Auth.as(committee, Api.PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void fromTheRankingToThePublishedList() throws Exception {
        deliberatingCampaign();

        // The optimum under the unit cap and the women minimum, explained in codes.
        JsonPath v1 = Api.post(path("/shortlist/proposals"), Map.of("note", "按规则求解")).statusCode(201)
                .body("version", equalTo(1))
                .body("result.selected.code", contains(code("c1"), code("c3"), code("c4"), code("c5")))
                .body("result.totalScore", equalTo(33.5f))
                .body("result.optimality", equalTo("PROVEN_OPTIMAL"))
                .body("result.outAboveCut.code", hasItem(code("c2")))
                .extract().jsonPath();
        List<String> c3Reasons = v1.getList("result.selected.find { it.code == '" + code("c3") + "' }.reasons.kind");
        assertEquals(List.of("WOMEN_MINIMUM"), c3Reasons, "c3 is in for the women minimum");
        String asJson = v1.prettify();
        for (String label : LABELS) {
            assertFalse(asJson.contains("名单" + label), "a proposal names nobody: " + label);
        }
        assertFalse(asJson.contains("名单测试甲省总工会"), "nor any unit");

        // The committee's own version, with a fixed exclusion, and the comparison.
        asCommittee().body(Map.of("note", "委员会意见", "fixedExclusions", List.of(code("c5"))))
                .post(path("/shortlist/proposals")).then().statusCode(201).body("version", equalTo(2))
                .body("result.selected.code", contains(code("c1"), code("c2"), code("c4"), code("c6")));
        asCommittee().get(path("/shortlist/proposals/1/compare/2")).then().statusCode(200)
                .body("onlyInVersion", contains(code("c3"), code("c5")))
                .body("onlyInOther", contains(code("c2"), code("c6")))
                .body("scoreDifference", equalTo(0.5f));
        asCommittee().get(path("/shortlist/proposals")).then().statusCode(200).body("version", contains(1, 2));

        // Constraints that cannot be met are a 422 naming the constraint and the shortfall; nothing is stored.
        Api.put(path("/shortlist/rules"), Map.of("maxPerUnit", 2, "women", Map.of("count", 5))).statusCode(200);
        Api.post(path("/shortlist/proposals"), Map.of()).statusCode(422)
                .body("rule", startsWith("shortlist-")).body("detail", containsString("5"));
        Api.put(path("/shortlist/rules"), Map.of("maxPerUnit", 2, "women", Map.of("count", 1))).statusCode(200);
        asCommittee().get(path("/shortlist/proposals")).then().body("version", contains(1, 2));

        // No identities before approval, and approval only through an adopted version.
        Api.post(path("/shortlist/identities"), Map.of("reason", "提前查看")).statusCode(409)
                .body("rule", equalTo("not-approved"));
        Api.transition(campaign, "APPROVED").statusCode(409).body("rule", equalTo("has-adopted-shortlist"));
        asCommittee().body(Map.of("reason", "委员会自行审定")).post(path("/shortlist/proposals/1/adopt")).then()
                .statusCode(403);
        Api.post(path("/shortlist/proposals/1/adopt"), Map.of("reason", "评审委员会审定")).statusCode(200)
                .body("adopted", equalTo(true));
        asAdmin().get(path("")).then().body("phase", equalTo("APPROVED"));

        // De-anonymisation: ADMIN only, with a reason, audited; the committee never.
        asCommittee().body(Map.of("reason", "想知道")).post(path("/shortlist/identities")).then().statusCode(403);
        Api.post(path("/shortlist/identities"), Map.of("reason", "准备公示材料")).statusCode(200)
                .body("identities.code", contains(code("c1"), code("c3"), code("c4"), code("c5")))
                .body("identities.name", contains("名单c1", "名单c3", "名单c4", "名单c5"));
        asAdmin().queryParam("action", "SHORTLIST_DEANONYMISED").queryParam("campaignId", campaign)
                .get("/api/audit").then().body("total", equalTo(1))
                .body("events[0].reason", equalTo("准备公示材料")).body("events[0].actor", equalTo(Auth.ADMIN));

        // The public notice exists only from PUBLIC_NOTICE on, for everyone, with publishable fields only.
        io.restassured.RestAssured.given().get("/notice/" + campaign).then().statusCode(404);
        Api.transition(campaign, "PUBLIC_NOTICE").statusCode(200);
        org.craftrank.testing.NoticePeriods.elapse(campaign);
        String page = io.restassured.RestAssured.given().get("/notice/" + campaign).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("名单测试活动拟入选人员名单公示"))
                .body(containsString("排名不分先后"))
                .body(containsString("公示期：2026-06-01 至 2026-06-05（5个工作日）")).extract().asString();
        asAdmin().get(path("/notice")).then().body("period.lastDay", equalTo("2026-06-05"))
                .body("period.unit", equalTo("WORKING_DAYS"));
        asAdmin().get(path("/notice")).then().statusCode(200)
                .body("fields", contains("name", "gender", "employer", "position", "industry", "trade",
                        "recommendingUnit"))
                .body("headings", contains("姓名", "性别", "工作单位", "职务（岗位）", "行业", "职业（工种）", "推荐单位"))
                .body("rows", hasSize(4))
                .body("rows.collect { it[0] }", containsInAnyOrder("名单c1", "名单c3", "名单c4", "名单c5"));
        String csv = asAdmin().get(path("/notice/export.csv")).then().statusCode(200).extract().asString();
        String xlsx = cellTexts(asAdmin().get(path("/notice/export.xlsx")).then().statusCode(200).extract()
                .asByteArray());
        String json = asAdmin().get(path("/notice")).then().extract().asString();
        for (String output : List.of(page, csv, xlsx, json)) {
            for (String value : personal) {
                assertFalse(output.contains(value), "'" + value + "' is not publishable but appears in " + output);
            }
            assertFalse(output.contains(code("c1")), "the notice carries names, not codes");
        }

        // An objection upheld: c3 withdraws, the list is re-solved and c7 (a woman of unit A) moves in, not c2.
        long first = Api.post(path("/objections"), Map.of("code", code("c3"), "summary", "群众反映材料不实"))
                .statusCode(201).extract().jsonPath().getLong("id");
        long second = Api.post(path("/objections"), Map.of("code", code("c4"), "summary", "反映工作年限问题"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.post(path("/objections"), Map.of("code", code("c2"), "summary", "不在名单上")).statusCode(400)
                .body("errors[0].field", equalTo("code"));
        Api.post(path("/objections/" + first + "/decision"), Map.of("outcome", "WITHDRAWN", "reason", "经核实本人退出"))
                .statusCode(200).body("withdrawal.version", equalTo(3))
                .body("withdrawal.movedIn", contains(code("c7")));
        asAdmin().get(path("/notice")).then()
                .body("rows.collect { it[0] }", containsInAnyOrder("名单c1", "名单c7", "名单c4", "名单c5"));
        asAdmin().get(path("/shortlist/proposals/3")).then().body("origin", equalTo("WITHDRAWAL"))
                .body("basedOnVersion", equalTo(1)).body("decisions.withdrawn", contains(code("c3")));

        // Publication waits for every objection, then freezes the list with the checksum of its CSV.
        Api.transition(campaign, "PUBLISHED").statusCode(409).body("rule", equalTo("objections-open"));
        Api.post(path("/objections/" + second + "/decision"), Map.of("outcome", "DISMISSED", "reason", "年限属实"))
                .statusCode(200).body("objection.outcome", equalTo("DISMISSED"));
        Api.post(path("/objections/" + second + "/decision"), Map.of("outcome", "DISMISSED", "reason", "再议"))
                .statusCode(409).body("rule", equalTo("objection-decided"));
        Api.transition(campaign, "PUBLISHED").statusCode(200);
        byte[] published = asAdmin().get(path("/notice/export.csv")).then().statusCode(200).extract().asByteArray();
        asAdmin().get(path("/notice")).then()
                .body("checksum", equalTo(Sha256.hex(new String(published, StandardCharsets.UTF_8))))
                .body("heading", equalTo("名单测试活动拟入选人员名单公布"));
        Api.post(path("/objections"), Map.of("code", code("c1"), "summary", "太晚了")).statusCode(409)
                .body("rule", equalTo("phase"));
        io.restassured.RestAssured.given().get("/notice/" + campaign).then().statusCode(200)
                .body(containsString(Sha256.hex(new String(published, StandardCharsets.UTF_8))))
                .body(not(containsString(code("c1"))));
    }

    @Test
    void rulesNameTheFieldThatIsWrong() {
        campaign = Api.createNationalCampaign();
        Api.put(path("/shortlist/rules"), Map.of("women", Map.of("count", 2, "share", 0.3))).statusCode(400)
                .body("errors[0].field", equalTo("women")).body("errors[0].rule", equalTo("count-or-share"));
        Api.put(path("/shortlist/rules"), Map.of("young", Map.of("share", 0.2))).statusCode(400)
                .body("errors[0].field", equalTo("youngAgeLimit"));
        Api.put(path("/shortlist/rules"), Map.of("unitCaps", Map.of("999999", 2))).statusCode(400)
                .body("errors[0].rule", equalTo("known-unit"));
        Api.put(path("/shortlist/rules"), Map.of("maxPerUnit", -1)).statusCode(400);
        asAdmin().get(path("/shortlist/rules")).then().statusCode(200).body("maxPerUnit", equalTo(null));
        Api.post(path("/shortlist/proposals"), Map.of()).statusCode(409).body("rule", equalTo("phase"));
    }

    private static String cellTexts(byte[] xlsx) throws Exception {
        StringBuilder texts = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.append(cell).append('\n');
                }
            }
        }
        return texts.toString();
    }
}
