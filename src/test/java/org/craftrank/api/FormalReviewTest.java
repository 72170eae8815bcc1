package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.craftrank.api.Api.post;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** 形式审查 over the API: results with reasons, confirmations and overrides, and the gate before scoring. */
@QuarkusTest
class FormalReviewTest {

    @Test
    void onlyCandidatesThatPassedOrWereOverriddenInAreAssignedToExperts() {
        long[] ids = Api.nominatingCampaign(5);
        long campaign = ids[0];
        long passing = Api.nominate(campaign, ids[1]);
        Map<String, Object> shortOnYears = Api.candidate(ids[1]);
        shortOnYears.put("shopFloorYears", 3);
        long failing = post("/api/campaigns/" + campaign + "/candidates", shortOnYears).statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> ownReferee = Api.candidate(ids[1]);
        ownReferee.put("referees", List.of(Map.of("name", "李四", "employer", "中车示例机车车辆有限公司技术中心"),
                Map.of("name", "王五", "employer", "乙公司"), Map.of("name", "赵六", "employer", "丙公司")));
        long refereeProblem = post("/api/campaigns/" + campaign + "/candidates", ownReferee).statusCode(201)
                .extract().jsonPath().getLong("id");
        long expert = Api.createExpert(campaign, "钱七", "清华大学");
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        String review = "/api/campaigns/" + campaign + "/formal-review";

        assignment(campaign, expert, passing).statusCode(409).body("rule", equalTo("not-eligible"))
                .body("detail", containsString("has not been through the formal review"));

        Api.runFormalReview(campaign)
                .body("counts.candidates", equalTo(3)).body("counts.pass", equalTo(1)).body("counts.fail", equalTo(2))
                .body("counts.admitted", equalTo(1))
                .body("results.outcome", contains("PASS", "FAIL", "FAIL"))
                .body("results[1].findings", equalTo(List.of(Map.of("rule", "shop-floor-years", "severity", "FAIL",
                        "message", "生产现场工作年限为3年，少于5年", "basis", "有5年以上一线生产现场工作经历"))))
                .body("results[2].findings[0].rule", equalTo("outside-referees"))
                .body("results[2].findings[0].basis", equalTo("推荐人选应得到 3 位非本单位同行高级专家推荐"));

        assignment(campaign, expert, passing).statusCode(201);
        assignment(campaign, expert, failing).statusCode(409).body("rule", equalTo("not-eligible"))
                .body("detail", containsString("failed the formal review (shop-floor-years)"));

        post(review + "/" + failing + "/decision", Map.of("decision", "OVERRIDDEN")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post(review + "/" + failing + "/decision", Map.of("decision", "OVERRIDDEN",
                "reason", "经核实，另有2年生产现场经历未填报，同意纳入评审")).statusCode(200)
                .body("admitted", equalTo(true)).body("decision", equalTo("OVERRIDDEN"))
                .body("decidedBy", equalTo(Auth.ADMIN));
        assignment(campaign, expert, failing).statusCode(201);
        post(review + "/" + refereeProblem + "/decision", Map.of("decision", "CONFIRMED")).statusCode(200)
                .body("admitted", equalTo(false));
        // Keeping out a candidate who is already assigned would leave an expert scoring someone not in the field.
        post(review + "/" + passing + "/decision", Map.of("decision", "OVERRIDDEN", "reason", "重复推荐")).statusCode(409)
                .body("rule", equalTo("has-assignments"));

        asAdmin().get("/api/audit?campaignId=" + campaign + "&action=FORMAL_REVIEW_OVERRIDDEN").then()
                .body("events", hasSize(1)).body("events[0].objectId", equalTo(String.valueOf(failing)))
                .body("events[0].reason", equalTo("经核实，另有2年生产现场经历未填报，同意纳入评审"));
        asAdmin().get("/api/audit?campaignId=" + campaign + "&action=FORMAL_REVIEW_CONFIRMED").then()
                .body("events", hasSize(1));
        asAdmin().get("/api/audit?campaignId=" + campaign + "&action=FORMAL_REVIEW_RUN").then()
                .body("events", hasSize(1));
    }

    @Test
    void aCorrectionMakesTheResultStaleUntilTheReviewRunsAgain() {
        long[] ids = Api.nominatingCampaign(5);
        long campaign = ids[0];
        long untouched = Api.nominate(campaign, ids[1]);
        Map<String, Object> body = Api.candidate(ids[1]);
        body.put("shopFloorYears", 4);
        long corrected = post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                .extract().jsonPath().getLong("id");
        long expert = Api.createExpert(campaign, "钱七", "清华大学");
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        String review = "/api/campaigns/" + campaign + "/formal-review";
        post(review + "/" + corrected + "/decision", Map.of("decision", "CONFIRMED", "reason", "年限不足")).statusCode(200);
        post(review + "/" + untouched + "/decision", Map.of("decision", "CONFIRMED")).statusCode(200);

        body.put("shopFloorYears", 6);
        Api.put("/api/campaigns/" + campaign + "/candidates/" + corrected, body).statusCode(200);
        asAdmin().get(review + "/" + corrected).then().statusCode(200)
                .body("current", equalTo(false)).body("admitted", equalTo(false));
        post(review + "/" + corrected + "/decision", Map.of("decision", "CONFIRMED")).statusCode(409)
                .body("rule", equalTo("review-stale"));
        assignment(campaign, expert, corrected).statusCode(409).body("rule", equalTo("not-eligible"))
                .body("detail", containsString("corrected after its formal review"));

        // The new run passes the corrected candidate and clears the decision taken on the old result only.
        Api.runFormalReview(campaign).body("decisionsCleared", contains((int) corrected))
                .body("results.find { it.candidateId == " + corrected + " }.outcome", equalTo("PASS"))
                .body("results.find { it.candidateId == " + corrected + " }.decision", nullValue())
                .body("results.find { it.candidateId == " + untouched + " }.decision", equalTo("CONFIRMED"));
        assignment(campaign, expert, corrected).statusCode(201);
    }

    @Test
    void the2026RulesWarnOnAgeAndLeadershipAndFailOnDeclaredExclusionsAndGroupCompanies() {
        long campaign = Api.createCampaign("measures-2025", "NATIONAL");
        post("/api/campaigns/" + campaign + "/units/quota-table", Map.of("table", "jiangsu-2026", "units",
                List.of(Map.of("name", "南京市总工会", "kind", "CITY_UNION"), Map.of("name", "苏州市总工会", "kind", "CITY_UNION"))))
                .statusCode(200);
        List<Map<String, Object>> units = asAdmin().get("/api/campaigns/" + campaign + "/units").then().extract()
                .jsonPath().getList("");
        long nanjing = ((Number) units.stream().filter(u -> u.get("name").equals("南京市总工会")).findFirst()
                .orElseThrow().get("id")).longValue();
        Api.transition(campaign, "NOMINATION").statusCode(200);
        Map<String, Boolean> clear = Map.of("recognisedGreatCraftsman", false, "leadershipPost", false,
                "otherTalentProgramme", false);
        long older = nominate2026(campaign, nanjing, "甲公司", "1965-03", 30, clear, "1960");
        long leader = nominate2026(campaign, nanjing, "乙集团有限公司", null, 12, Map.of("recognisedGreatCraftsman", false,
                "leadershipPost", true, "otherTalentProgramme", false), "1980");
        long sameGroup = nominate2026(campaign, nanjing, "乙集团有限公司", null, 12, clear, "1981");
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        String path = "/api/campaigns/" + campaign + "/formal-review";
        Api.runFormalReview(campaign)
                .body("unitNotices", equalTo(List.of(Map.of("unitId", (int) unitId(units, "苏州市总工会"),
                        "rule", "unit-minimum", "severity", "WARN", "message", "“苏州市总工会”推荐0人，少于名额规则要求的2人"))));
        asAdmin().get(path + "/" + older).then().body("outcome", equalTo("WARN")).body("admitted", equalTo(true))
                .body("findings.rule", contains("advisory-max-age"))
                .body("findings[0].basis", equalTo("推荐对象年龄一般不超过55岁"));
        asAdmin().get(path + "/" + leader).then().body("outcome", equalTo("FAIL"))
                .body("findings.rule", contains("one-per-group-company", "leadership-post"))
                .body("findings[1].severity", equalTo("WARN"))
                .body("findings[1].basis", equalTo("原则上不推荐已担任单位领导职务的人员。"));
        asAdmin().get(path + "/" + sameGroup).then().body("outcome", equalTo("FAIL"))
                .body("findings[0].basis", equalTo("同一推荐单位对同一集团公司推荐人选不超过1人"));
    }

    @Test
    void aUnitReadsOnlyItsOwnCandidatesResultsAndOnlyTheSecretariatRunsAndDecides() {
        long[] ids = Api.nominatingCampaign(5);
        long campaign = ids[0];
        long other = Api.createUnit(campaign, "浙江", 5);
        long own = Api.nominate(campaign, ids[1]);
        long theirs = Api.nominate(campaign, other);
        String operator = "review-unit-" + ids[1];
        post("/api/accounts", Map.of("username", operator, "displayName", "单位", "role", "UNIT", "unitId", ids[1],
                "password", "unit-operator-password")).statusCode(201);
        String path = "/api/campaigns/" + campaign + "/formal-review";
        post(path, Map.of()).statusCode(409).body("rule", equalTo("phase"));
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        Auth.as(operator, "unit-operator-password").get(path).then().statusCode(200)
                .body("results.candidateId", contains((int) own)).body("counts.candidates", equalTo(1));
        Auth.as(operator, "unit-operator-password").get(path + "/" + theirs).then().statusCode(404);
        Auth.as(operator, "unit-operator-password").get(path + "/" + own).then().statusCode(200)
                .body("outcome", equalTo("PASS"));
        Auth.as(operator, "unit-operator-password").contentType("application/json").body(Map.of())
                .post(path).then().statusCode(403);
        asAdmin().get(path).then().body("results", hasSize(2)).body("unitNotices", empty());
    }

    private static long unitId(List<Map<String, Object>> units, String name) {
        return ((Number) units.stream().filter(u -> u.get("name").equals(name)).findFirst().orElseThrow().get("id"))
                .longValue();
    }

    private static long nominate2026(long campaign, long unit, String employer, String birth, int years,
                                     Map<String, Boolean> declarations, String idYear) {
        Map<String, Object> body = Api.candidate(unit);
        body.remove("referees");
        body.remove("oneLineReason");
        body.put("employer", employer);
        body.put("shopFloorYears", years);
        body.put("workStart", "1990-07");
        body.put("declarations", declarations);
        String id = "320102" + idYear + "0615123";
        id = id + org.craftrank.candidate.identity.ResidentIdNumber.checkChar(id);
        body.put("idNumber", id);
        body.put("birthYearMonth", birth == null ? idYear + "-06" : birth);
        if (birth != null) {
            body.remove("idNumber");
        }
        return post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.ValidatableResponse assignment(long campaign, long expert, long candidate) {
        return post("/api/campaigns/" + campaign + "/assignments", Map.of("expertId", expert, "candidateId", candidate));
    }
}
