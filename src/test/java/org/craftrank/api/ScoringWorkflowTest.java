package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Assignments, conflict rules, score sheets, their states, versions and idempotent submits, over the API. */
@QuarkusTest
class ScoringWorkflowTest {

    /** A campaign in FORMAL_REVIEW with one unit, candidates and experts from outside the candidates' employer. */
    record Setup(long campaign, long unit, long candidate, long expert, String expertUser) {
        String sheet() {
            return "/api/campaigns/" + campaign + "/sheets/" + candidate;
        }

        RequestSpecification asExpert() {
            return Auth.as(expertUser, Api.PASSWORD).contentType(ContentType.JSON);
        }
    }

    static Setup setup(boolean scoring) {
        return setup(scoring, 0);
    }

    /** @param extraCandidates further candidates nominated before the review, assigned to nobody */
    static Setup setup(boolean scoring, int extraCandidates) {
        long[] ids = Api.nominatingCampaign(20);
        long candidate = Api.nominate(ids[0], ids[1]);
        for (int i = 0; i < extraCandidates; i++) {
            Api.nominate(ids[0], ids[1]);
        }
        long expert = Api.createExpert(ids[0], "钱七", "清华大学");
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(ids[0]);
        Api.assign(ids[0], expert, candidate);
        if (scoring) {
            Api.transition(ids[0], "SCORING").statusCode(200);
        }
        return new Setup(ids[0], ids[1], candidate, expert, Api.expertAccount(expert));
    }

    private static Map<String, Object> items(Map<String, Object> items) {
        return Map.of("items", items);
    }

    @Test
    void anExpertFromTheCandidatesEmployerCannotBeAssigned() {
        Setup s = setup(false);
        long colleague = Api.createExpert(s.campaign(), "孙八", "中车示例机车车辆有限公司（技术中心）");
        Api.post("/api/campaigns/" + s.campaign() + "/assignments",
                        Map.of("expertId", colleague, "candidateId", s.candidate()))
                .statusCode(409).body("rule", equalTo("conflict-same-employer"))
                .body("detail", containsString("中车示例机车车辆有限公司"));
    }

    @Test
    void aRefereeOfTheCandidateCannotBeAssigned() {
        Setup s = setup(false);
        long referee = Api.createExpert(s.campaign(), "李四", "甲公司");
        Api.post("/api/campaigns/" + s.campaign() + "/assignments",
                        Map.of("expertId", referee, "candidateId", s.candidate()))
                .statusCode(409).body("rule", equalTo("conflict-expert-is-referee"));
        // Same name at another organisation is a different person.
        long namesake = Api.createExpert(s.campaign(), "李四", "示例研究院");
        Api.assign(s.campaign(), namesake, s.candidate());
    }

    @Test
    void aDeclaredConflictBlocksTheSheetAndIsListedForTheSecretariat() {
        Setup s = setup(true);
        s.asExpert().get(s.sheet()).then().statusCode(200);
        s.asExpert().body(Map.of("candidateId", s.candidate(), "reason", "候选人是我的学生"))
                .post("/api/campaigns/" + s.campaign() + "/my/conflicts").then().statusCode(201);
        s.asExpert().get(s.sheet()).then().statusCode(409).body("rule", equalTo("conflict-declared-conflict"))
                .body("detail", containsString("候选人是我的学生"));
        s.asExpert().header("If-Match", "*").body(items(Map.of("LEAD1", Map.of("score", 8)))).put(s.sheet()).then().statusCode(409);
        asAdmin().get("/api/campaigns/" + s.campaign() + "/conflicts").then().statusCode(200)
                .body("reason", hasItem("候选人是我的学生"));
        asAdmin().queryParam("action", "CONFLICT_DECLARED").queryParam("campaignId", s.campaign())
                .get("/api/audit").then().body("total", equalTo(1));
    }

    @Test
    void theSameRecommendingUnitRuleAppliesOnlyWhenTheCampaignSwitchesItOn() {
        long campaign = Api.createNationalCampaign();
        Api.put("/api/campaigns/" + campaign, Map.of("name", "测试活动", "year", 2024,
                "optionalConflictRules", List.of("SAME_RECOMMENDING_UNIT"))).statusCode(200)
                .body("optionalConflictRules", equalTo(List.of("SAME_RECOMMENDING_UNIT")));
        Api.put("/api/campaigns/" + campaign, Map.of("name", "测试活动", "year", 2024,
                "optionalConflictRules", List.of("SAME_EMPLOYER"))).statusCode(400)
                .body("errors.rule", hasItem("optional-rule"));
        long unit = Api.createUnit(campaign, "江苏省总工会", 5);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        long candidate = Api.nominate(campaign, unit);
        long unionExpert = Api.createExpert(campaign, "周九", "江苏省总工会");
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        Api.post("/api/campaigns/" + campaign + "/assignments", Map.of("expertId", unionExpert, "candidateId",
                candidate)).statusCode(409).body("rule", equalTo("conflict-same-recommending-unit"));

        Setup off = setup(false);
        long expertAtUnit = Api.createExpert(off.campaign(), "周九", "江苏省总工会");
        Api.assign(off.campaign(), expertAtUnit, off.candidate());
    }

    @Test
    void draftsSaveAnyNumberOfTimesThenSubmitStoresExactTotalsAndLocksTheSheet() {
        Setup s = setup(true);
        s.asExpert().get(s.sheet()).then().statusCode(200).header("ETag", "\"v0\"").body("status", equalTo("DRAFT"));
        Response first = s.asExpert().header("If-Match", "\"v0\"")
                .body(items(Map.of("LEAD1", Map.of("score", 8.5, "comment", "带队成效显著")))).put(s.sheet());
        first.then().statusCode(200).header("ETag", "\"v1\"").body("items.LEAD1.score", equalTo(8.5f))
                .body("totals", nullValue());
        Response second = s.asExpert().header("If-Match", "\"v1\"").body(Api.fullSheet(7)).put(s.sheet());
        second.then().statusCode(200).header("ETag", "\"v2\"");

        Map<String, Object> sheet = new HashMap<>(Api.fullSheet(6));
        @SuppressWarnings("unchecked") Map<String, Object> scored = new HashMap<>((Map<String, Object>) sheet.get("items"));
        scored.put("LEAD1", Map.of("score", 10));
        scored.put("LEAD2", Map.of("score", 9.5));
        sheet.put("items", scored);
        // LEAD = (10 + 9.5 + 6) / 3 = 8.5; the others 6; overall = (8.5 + 4 × 6) / 5 = 6.5
        s.asExpert().header("If-Match", "\"v2\"").body(sheet).post(s.sheet() + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("totals.overall", equalTo(6.5f))
                .body("totals.overallExact", equalTo("13/2"))
                .body("totals.capabilities.LEAD", equalTo(8.5f))
                .body("totals.capabilities.PRAC", equalTo(6));
        s.asExpert().header("If-Match", "*").body(Api.fullSheet(9)).put(s.sheet()).then().statusCode(409)
                .body("rule", equalTo("sheet-submitted"));
        asAdmin().queryParam("campaignId", s.campaign()).queryParam("action", "SHEET_SAVED").get("/api/audit")
                .then().body("total", equalTo(2)).body("events[0].before.LEAD1.score", equalTo(8.5f));
    }

    @Test
    void everyBadScoreIsA400NamingTheItemAndTheRule() {
        Setup s = setup(true);
        String body = "{\"items\": {\"LEAD1\": {\"score\": 10.5}, \"LEAD2\": {\"score\": 7.3},"
                + " \"LEAD3\": {\"score\": \"8\"}, \"PRAC1\": {\"score\": NaN}, \"PRAC2\": {\"score\": -1},"
                + " \"XYZ9\": {\"score\": 5}, \"INNO1\": {\"score\": true}}}";
        s.asExpert().header("If-Match", "*").body(body).put(s.sheet()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'items.LEAD1.score' }.rule", equalTo("in-range"))
                .body("errors.find { it.field == 'items.LEAD2.score' }.rule", equalTo("on-step"))
                .body("errors.find { it.field == 'items.LEAD3.score' }.rule", equalTo("number"))
                .body("errors.find { it.field == 'items.PRAC1.score' }.rule", equalTo("finite"))
                .body("errors.find { it.field == 'items.PRAC2.score' }.rule", equalTo("in-range"))
                .body("errors.find { it.field == 'items.XYZ9' }.rule", equalTo("known-item"))
                .body("errors.find { it.field == 'items.INNO1.score' }.rule", equalTo("number"));
        // Nothing was stored by the refused save.
        s.asExpert().get(s.sheet()).then().header("ETag", "\"v0\"").body("items", equalTo(Map.of()));
        s.asExpert().body(items(Map.of("LEAD1", Map.of("score", 8)))).post(s.sheet() + "/submit").then()
                .statusCode(400).body("errors.field", hasItems("items.LEAD2.score", "items.INHR3.score"))
                .body("errors.rule", hasItem("required")).body("errors.field", not(hasItem("items.LEAD1.score")));
        s.asExpert().header("If-Match", "*").body("{\"items\": {}, \"extra\": 1}").put(s.sheet()).then().statusCode(400)
                .body("errors.rule", hasItem("known-field"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        Setup s = setup(true);
        s.asExpert().header("If-Match", "*").body(items(Map.of("LEAD1", Map.of("score", 5)))).put(s.sheet()).then().header("ETag", "\"v1\"");
        s.asExpert().header("If-Match", "\"v1\"").body(items(Map.of("LEAD1", Map.of("score", 6)))).put(s.sheet())
                .then().statusCode(200);
        // The second tab still holds v1.
        s.asExpert().header("If-Match", "\"v1\"").body(items(Map.of("LEAD1", Map.of("score", 9)))).put(s.sheet())
                .then().statusCode(412).body("rule", equalTo("stale-version"));
        s.asExpert().get(s.sheet()).then().body("items.LEAD1.score", equalTo(6)).header("ETag", "\"v2\"");
    }

    @Test
    void submitHonoursIdempotencyKeys() {
        Setup s = setup(true);
        String key = "submit-" + System.nanoTime();
        Response first = s.asExpert().header("Idempotency-Key", key).body(Api.fullSheet(8))
                .post(s.sheet() + "/submit");
        first.then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Response replay = s.asExpert().header("Idempotency-Key", key).body(Api.fullSheet(8))
                .post(s.sheet() + "/submit");
        replay.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("submittedAt"), replay.jsonPath().getString("submittedAt"));
        assertEquals(first.getHeader("ETag"), replay.getHeader("ETag"));
        s.asExpert().header("Idempotency-Key", key).body(Api.fullSheet(9)).post(s.sheet() + "/submit").then()
                .statusCode(422).body("rule", equalTo("idempotency-key-reused"));
        asAdmin().queryParam("campaignId", s.campaign()).queryParam("action", "SHEET_SUBMITTED").get("/api/audit")
                .then().body("total", equalTo(1));
        // Without a key a second submit is refused: the sheet is read-only now.
        s.asExpert().body(Api.fullSheet(8)).post(s.sheet() + "/submit").then().statusCode(409);
    }

    @Test
    void anAdminReopensASubmittedSheetOnlyWithAReason() {
        Setup s = setup(true);
        s.asExpert().body(Api.fullSheet(8)).post(s.sheet() + "/submit").then().statusCode(200);
        String reopen = "/api/campaigns/" + s.campaign() + "/experts/" + s.expert() + "/sheets/" + s.candidate()
                + "/reopen";
        Api.post(reopen, Map.of()).statusCode(400).body("errors.field", hasItem("reason"));
        Api.post(reopen, Map.of("reason", "专家申请更正第3项")).statusCode(200).body("status", equalTo("DRAFT"))
                .body("$", not(hasKey("totals")));
        Api.post(reopen, Map.of("reason", "again")).statusCode(409).body("rule", equalTo("sheet-not-submitted"));
        s.asExpert().body(Api.fullSheet(9)).post(s.sheet() + "/submit").then().statusCode(200)
                .body("totals.overall", equalTo(9));
        asAdmin().queryParam("action", "SHEET_REOPENED").queryParam("campaignId", s.campaign()).get("/api/audit")
                .then().body("events[0].reason", equalTo("专家申请更正第3项"))
                .body("events[0].before.total", equalTo(8));
    }

    @Test
    void sheetsAreWrittenOnlyDuringScoring() {
        Setup s = setup(false);
        s.asExpert().header("If-Match", "*").body(Api.fullSheet(8)).put(s.sheet()).then().statusCode(409).body("rule", equalTo("phase"));
        Api.transition(s.campaign(), "SCORING").statusCode(200);
        s.asExpert().body(Api.fullSheet(8)).post(s.sheet() + "/submit").then().statusCode(200);
        Api.shortlistSize(s.campaign(), 1);
        Api.transition(s.campaign(), "DELIBERATION").statusCode(200);
        s.asExpert().get(s.sheet()).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        String reopen = "/api/campaigns/" + s.campaign() + "/experts/" + s.expert() + "/sheets/" + s.candidate()
                + "/reopen";
        Api.post(reopen, Map.of("reason", "太晚了")).statusCode(409).body("rule", equalTo("phase"));
    }

    @Test
    void anExpertNeitherReadsNorWritesAnotherExpertsSheetOrUnassignedCandidates() {
        Setup s = setup(false, 1);
        long other = Api.createExpert(s.campaign(), "吴十", "浙江大学");
        long otherCandidate = asAdmin().get("/api/campaigns/" + s.campaign() + "/candidates").then().extract()
                .jsonPath().getLong("items.find { it.id != " + s.candidate() + " }.id");
        Api.assign(s.campaign(), other, s.candidate());
        Api.transition(s.campaign(), "SCORING").statusCode(200);
        String otherUser = Api.expertAccount(other);
        Auth.as(otherUser, Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(3))
                .post(s.sheet() + "/submit").then().statusCode(200);

        // The first expert's own sheet for the same candidate is still blank: sheets are per expert.
        s.asExpert().get(s.sheet()).then().statusCode(200).body("items", equalTo(Map.of()))
                .body("$", not(hasKey("totals")));
        String unassigned = "/api/campaigns/" + s.campaign() + "/sheets/" + otherCandidate;
        s.asExpert().get(unassigned).then().statusCode(404);
        s.asExpert().header("If-Match", "*").body(Api.fullSheet(8)).put(unassigned).then().statusCode(404);
        s.asExpert().get("/api/campaigns/" + s.campaign() + "/my/assignments").then().statusCode(200)
                .body("candidateId", equalTo(List.of((int) s.candidate())))
                .body("sheetStatus", equalTo(List.of("NOT_STARTED")));
        // An expert sees no progress and no ranking-like aggregate.
        s.asExpert().get("/api/campaigns/" + s.campaign() + "/progress").then().statusCode(403);

        asAdmin().get("/api/campaigns/" + s.campaign() + "/progress").then().statusCode(200)
                .body("assignments", equalTo(2)).body("submitted", equalTo(1))
                .body("experts.find { it.expertId == " + other + " }.submitted", equalTo(1))
                .body("experts.find { it.expertId == " + s.expert() + " }.notStarted", equalTo(1))
                .body("candidates.find { it.candidateId == " + s.candidate() + " }.required", equalTo(2))
                .body("candidates.find { it.candidateId == " + otherCandidate + " }.required", equalTo(0));
    }

    @Test
    void assignmentsWithASheetCannotBeRemovedOthersCan() {
        Setup s = setup(false);
        long second = Api.createExpert(s.campaign(), "郑十一", "复旦大学");
        long removable = Api.assign(s.campaign(), second, s.candidate());
        asAdmin().delete("/api/campaigns/" + s.campaign() + "/assignments/" + removable).then().statusCode(204);
        Api.transition(s.campaign(), "SCORING").statusCode(200);
        s.asExpert().header("If-Match", "*").body(items(Map.of("LEAD1", Map.of("score", 5)))).put(s.sheet()).then().statusCode(200);
        long assignment = asAdmin().get("/api/campaigns/" + s.campaign() + "/assignments").then().extract()
                .jsonPath().getLong("[0].id");
        asAdmin().delete("/api/campaigns/" + s.campaign() + "/assignments/" + assignment).then().statusCode(409)
                .body("rule", equalTo("assignment-has-sheet"));
        Api.post("/api/campaigns/" + s.campaign() + "/assignments",
                        Map.of("expertId", s.expert(), "candidateId", s.candidate()))
                .statusCode(409).body("rule", equalTo("already-assigned"));
        assertNotEquals(removable, assignment);
    }

    /**
     * Issue 18, defect 10: a conflict declared after the sheet was submitted used to be stored and change nothing
     * (the ranking still counted the sheet). Now it is refused with the rule; after the secretariat reopens the
     * sheet, the expert can declare it and the sheet no longer counts.
     */
    @Test
    void aConflictCannotBeDeclaredOnASubmittedSheetUntilTheSecretariatReopensIt() {
        Setup s = setup(true);
        s.asExpert().body(Api.fullSheet(7)).post(s.sheet() + "/submit").then().statusCode(200);
        String conflicts = "/api/campaigns/" + s.campaign() + "/my/conflicts";
        s.asExpert().body(Map.of("candidateId", s.candidate(), "reason", "评分后才发现是亲属"))
                .post(conflicts).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("conflict-after-submission"));
        s.asExpert().get("/api/campaigns/" + s.campaign() + "/my/assignments").then().statusCode(200)
                .body("[0].sheetStatus", equalTo("SUBMITTED"));
        asAdmin().get("/api/campaigns/" + s.campaign() + "/conflicts").then().statusCode(200)
                .body("size()", equalTo(0));

        Api.post("/api/campaigns/" + s.campaign() + "/experts/" + s.expert() + "/sheets/" + s.candidate()
                + "/reopen", Map.of("reason", "专家申报回避")).statusCode(200);
        s.asExpert().body(Map.of("candidateId", s.candidate(), "reason", "评分后才发现是亲属"))
                .post(conflicts).then().statusCode(201);
        asAdmin().get("/api/campaigns/" + s.campaign() + "/progress").then().statusCode(200)
                .body("submitted", equalTo(0));
    }
}
