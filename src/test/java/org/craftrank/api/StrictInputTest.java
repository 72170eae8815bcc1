package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18, defects 6, 2 and 3: JSON is read strictly (no float-as-int, string-as-number, scalar-as-string or
 * trailing tokens) and text may hold no lone surrogate and no control character but TAB, CR and LF; each refusal
 * is a 400 problem naming the field and the rule, and nothing is stored.
 */
@QuarkusTest
class StrictInputTest {

    private static int unitCount(long campaign) {
        return asAdmin().get("/api/campaigns/" + campaign + "/units").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }

    private static void refused(long campaign, String json, String field, String rule) {
        asAdmin().contentType(ContentType.JSON).body(json).post("/api/campaigns/" + campaign + "/units").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo(rule));
    }

    @Test
    void anExpertDeclaringAConflictOnCandidateOnePointFiveIsRefusedAndNothingIsStored() {
        long campaign = Api.createNationalCampaign();
        long unit = Api.createUnit(campaign, "严格单位", 10);
        long expert = Api.createExpert(campaign, "严格专家", "示例大学");
        Api.transition(campaign, "NOMINATION").statusCode(200);
        long candidate = Api.nominate(campaign, unit);
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        Api.assign(campaign, expert, candidate);
        Api.transition(campaign, "SCORING").statusCode(200);
        String account = Api.expertAccount(expert);

        Auth.as(account, Api.PASSWORD).contentType(ContentType.JSON)
                .body("{\"candidateId\": " + candidate + ".5, \"reason\": \"学生\"}")
                .post("/api/campaigns/" + campaign + "/my/conflicts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidateId")).body("errors[0].rule", equalTo("type"));
        Auth.as(account, Api.PASSWORD).contentType(ContentType.JSON)
                .body("{\"candidateId\": \"" + candidate + "\", \"reason\": \"学生\"}")
                .post("/api/campaigns/" + campaign + "/my/conflicts").then().statusCode(400)
                .body("errors[0].field", equalTo("candidateId"));
        asAdmin().get("/api/campaigns/" + campaign + "/conflicts").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void numbersAreNumbersTextIsTextAndNothingFollowsTheDocument() {
        long campaign = Api.createNationalCampaign();
        int before = unitCount(campaign);
        refused(campaign, "{\"name\": \"单位甲\", \"kind\": \"PROVINCE\", \"quota\": 2.9}", "quota", "type");
        refused(campaign, "{\"name\": \"单位甲\", \"kind\": \"PROVINCE\", \"quota\": 5.0000000000000001}", "quota",
                "type");
        refused(campaign, "{\"name\": \"单位甲\", \"kind\": \"PROVINCE\", \"quota\": \"5\"}", "quota", "type");
        refused(campaign, "{\"name\": 12345, \"kind\": \"PROVINCE\", \"quota\": 5}", "name", "type");
        refused(campaign, "{\"name\": true, \"kind\": \"PROVINCE\", \"quota\": 5}", "name", "type");
        refused(campaign, "{\"name\": \"单位甲\", \"kind\": \"PROVINCE\", \"quota\": 5} {\"x\": 1}", "",
                "trailing-tokens");
        asAdmin().contentType(ContentType.JSON).body("{\"name\": \"单位甲\", \"kind\": \"PROVINCE\", \"quota\": 5}}}x")
                .post("/api/campaigns/" + campaign + "/units").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, unitCount(campaign), "nothing stored");
        // the control: the same body, well typed, is accepted
        asAdmin().contentType(ContentType.JSON).body("{\"name\": \"单位甲\", \"kind\": \"PROVINCE\", \"quota\": 5}")
                .post("/api/campaigns/" + campaign + "/units").then().statusCode(201);
    }

    @Test
    void loneSurrogatesAndControlCharactersAreRefusedInEveryTextFieldAndTheAuditStillParses() {
        long campaign = Api.createNationalCampaign();
        int before = unitCount(campaign);
        refused(campaign, "{\"name\": \"单位\\ud800甲\", \"kind\": \"PROVINCE\", \"quota\": 5}", "name",
                "lone-surrogate");
        refused(campaign, "{\"name\": \"单位\\udc00\", \"kind\": \"PROVINCE\", \"quota\": 5}", "name",
                "lone-surrogate");
        refused(campaign, "{\"name\": \"张\\u0000三\", \"kind\": \"PROVINCE\", \"quota\": 5}", "name",
                "control-character");
        refused(campaign, "{\"name\": \"张\\u001b三\", \"kind\": \"PROVINCE\", \"quota\": 5}", "name",
                "control-character");
        assertEquals(before, unitCount(campaign), "nothing stored");
        // nested text fields are covered by the same mechanism
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "严格活动", "year", 2024))
                .put("/api/campaigns/" + campaign).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body("{\"name\": \"活动\\ud83d\", \"year\": 2024}")
                .put("/api/campaigns/" + campaign).then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].rule", equalTo("lone-surrogate"));
        // a real pair (an emoji), tab and line breaks are text
        asAdmin().contentType(ContentType.JSON)
                .body("{\"name\": \"单位\\ud83d\\ude00乙\", \"kind\": \"PROVINCE\", \"quota\": 5}")
                .post("/api/campaigns/" + campaign + "/units").then().statusCode(201);
        asAdmin().get("/api/audit").then().statusCode(200).contentType(ContentType.JSON);
    }
}
