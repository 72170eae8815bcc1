package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;


/** Small helpers that set up campaigns through the public API, as a client would. */
final class Api {

    /** A valid GB 11643 number (check character X). */
    static final String VALID_ID = "11010519491231002X";

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    private Api() {
    }

    /** A different valid GB 11643 number at each call, so candidates of one campaign never clash. */
    static String uniqueIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = String.format("320102%04d0615%03d", 1970 + n / 1000 % 30, n % 1000);
        return first17 + org.craftrank.candidate.identity.ResidentIdNumber.checkChar(first17);
    }

    static ValidatableResponse post(String path, Object body) {
        return asAdmin().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse put(String path, Object body) {
        return asAdmin().contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    static long createCampaign(String modelId, String level) {
        return post("/api/campaigns", Map.of("name", "测试活动", "level", level, "year", 2024, "modelId", modelId))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static long createNationalCampaign() {
        return createCampaign("national-2024", "NATIONAL");
    }

    static long createUnit(long campaignId, String name, int quota) {
        return post("/api/campaigns/" + campaignId + "/units", Map.of("name", name, "kind", "PROVINCE", "quota", quota))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static long createExpert(long campaignId, String name) {
        return post("/api/campaigns/" + campaignId + "/experts", Map.of("name", name, "employer", "示例大学"))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Sets the campaign's shortlist size (DELIBERATION needs one: rule has-shortlist-size), keeping its name and year. */
    static void shortlistSize(long campaignId, int size) {
        io.restassured.path.json.JsonPath c = asAdmin().get("/api/campaigns/" + campaignId).then().statusCode(200)
                .extract().jsonPath();
        put("/api/campaigns/" + campaignId, Map.of("name", c.getString("name"), "year", c.getInt("year"),
                "shortlistSize", size)).statusCode(200);
    }

    static ValidatableResponse transition(long campaignId, String to) {
        return post("/api/campaigns/" + campaignId + "/transitions", Map.of("to", to)).log().ifValidationFails();
    }

    /** A complete, valid candidate body for the 2024 national model; tests override single fields. */
    static Map<String, Object> candidate(long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("recommendingUnitId", unitId);
        body.put("name", "张三");
        body.put("gender", "MALE");
        String idNumber = uniqueIdNumber();
        // 出生年月 must agree with the birth date inside the ID number.
        body.put("birthYearMonth", idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12));
        body.put("idNumber", idNumber);
        body.put("employer", "中车示例机车车辆有限公司");
        body.put("position", "班组成员");
        body.put("industry", "制造业");
        body.put("trade", "数控装调维修工");
        body.put("skillLevel", "高级技师");
        body.put("workStart", "2007-07");
        body.put("shopFloorYears", 10);
        body.put("phone", "139 1234 5678");
        body.put("referees", List.of(
                Map.of("name", "李四", "employer", "甲公司", "title", "首席技师"),
                Map.of("name", "王五", "employer", "乙公司", "title", "首席技师"),
                Map.of("name", "赵六", "employer", "丙公司", "title", "首席技师")));
        body.put("recommendationReason", "长期扎根一线。");
        body.put("oneLineReason", "扎根一线的数控工匠");
        return body;
    }

    /** A campaign in NOMINATION with one unit of the given quota; returns {campaignId, unitId}. */
    static long[] nominatingCampaign(int quota) {
        long campaignId = createNationalCampaign();
        long unitId = createUnit(campaignId, "江苏省总工会", quota);
        transition(campaignId, "NOMINATION").statusCode(200);
        return new long[]{campaignId, unitId};
    }

    static long createExpert(long campaignId, String name, String employer) {
        return post("/api/campaigns/" + campaignId + "/experts", Map.of("name", name, "employer", employer))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static long nominate(long campaignId, long unitId) {
        return post("/api/campaigns/" + campaignId + "/candidates", candidate(unitId)).statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Runs the formal review (形式审查) of a campaign in FORMAL_REVIEW; Api.candidate bodies all pass it. */
    static ValidatableResponse runFormalReview(long campaignId) {
        return post("/api/campaigns/" + campaignId + "/formal-review", Map.of()).log().ifValidationFails().statusCode(200);
    }

    static long assign(long campaignId, long expertId, long candidateId) {
        return post("/api/campaigns/" + campaignId + "/assignments",
                Map.of("expertId", expertId, "candidateId", candidateId)).statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Creates an EXPERT account bound to the expert record; returns its username (password {@link #PASSWORD}). */
    static String expertAccount(long expertId) {
        String username = "expert-" + expertId + "-" + SEQUENCE.incrementAndGet();
        post("/api/accounts", Map.of("username", username, "displayName", "专家", "role", "EXPERT",
                "expertId", expertId, "password", PASSWORD)).statusCode(201);
        return username;
    }

    static final String PASSWORD = "api-test-password";


    /** All 15 items of the 2024 national model at the same score. */
    static Map<String, Object> fullSheet(double score) {
        Map<String, Object> items = new java.util.LinkedHashMap<>();
        for (String cap : List.of("LEAD", "PRAC", "INNO", "BRKT", "INHR")) {
            for (int i = 1; i <= 3; i++) {
                items.put(cap + i, Map.of("score", score));
            }
        }
        return Map.of("items", items);
    }

}
