package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.craftrank.api.Api.post;
import static org.craftrank.api.Api.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CandidateResourceTest {

    @Test
    void aNominationIsStoredWithACodeAndMaskedPersonalData() {
        long[] ids = Api.nominatingCampaign(5);
        Map<String, Object> request = Api.candidate(ids[1]);
        request.put("idNumber", Api.VALID_ID.toLowerCase());
        request.put("birthYearMonth", "1949-12");
        String body = post("/api/campaigns/" + ids[0] + "/candidates", request)
                .statusCode(201)
                .body("code", matchesPattern("[2-9A-HJ-NP-Z]{6}"))
                .body("idNumberMasked", equalTo("110105********002X"))
                .body("phoneMasked", equalTo("139****5678"))
                .body("referees.name", contains("李四", "王五", "赵六"))
                .body("recommendingUnit", equalTo("江苏省总工会"))
                .extract().asString();
        // Neither the full ID number nor the full phone number may appear anywhere in the response.
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("11010519491231002"));
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("13912345678"));
        asAdmin().get("/api/campaigns/" + ids[0] + "/candidates").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("张三"))
                .body(not(containsString("13912345678")));
    }

    @Test
    void anInvalidIdNumberIsRefusedWithoutEchoingIt() {
        long[] ids = Api.nominatingCampaign(5);
        Map<String, Object> body = Api.candidate(ids[1]);
        body.put("idNumber", "110105194912310021");
        post("/api/campaigns/" + ids[0] + "/candidates", body).statusCode(400)
                .body("errors[0].field", equalTo("idNumber")).body("errors[0].rule", equalTo("gb11643"))
                .body(not(containsString("110105194912310021")));
    }

    @Test
    void theSameIdNumberCannotBeNominatedTwiceInACampaign() {
        long[] ids = Api.nominatingCampaign(5);
        Map<String, Object> first = Api.candidate(ids[1]);
        post("/api/campaigns/" + ids[0] + "/candidates", first).statusCode(201);
        Map<String, Object> second = Api.candidate(ids[1]);
        second.put("idNumber", ((String) first.get("idNumber")).toLowerCase());
        second.put("birthYearMonth", first.get("birthYearMonth"));
        post("/api/campaigns/" + ids[0] + "/candidates", second).statusCode(409)
                .body("rule", equalTo("duplicate-id-number"))
                .body(not(containsString((String) first.get("idNumber"))));
        long[] other = Api.nominatingCampaign(5);
        second.put("recommendingUnitId", other[1]);
        post("/api/campaigns/" + other[0] + "/candidates", second).statusCode(201);
    }

    @Test
    void textsOverTheModelsLimitAreRefused() {
        long[] ids = Api.nominatingCampaign(5);
        Map<String, Object> body = Api.candidate(ids[1]);
        body.put("recommendationReason", "字".repeat(301));
        body.put("oneLineReason", "字".repeat(31));
        post("/api/campaigns/" + ids[0] + "/candidates", body).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("recommendationReason", "oneLineReason"))
                .body("errors.rule", contains("max-length", "max-length"));
        body.put("recommendationReason", "字".repeat(300));
        body.put("oneLineReason", "字".repeat(30));
        post("/api/campaigns/" + ids[0] + "/candidates", body).statusCode(201);
    }

    @Test
    void missingRequiredFieldsAndBadFormatsAreNamed() {
        long[] ids = Api.nominatingCampaign(5);
        Map<String, Object> body = Api.candidate(ids[1]);
        body.remove("name");
        body.put("birthYearMonth", "1980.6");
        body.put("phone", "12345");
        body.put("referees", List.of(Map.of("name", "a", "employer", "b"), Map.of("name", "c", "employer", "d"),
                Map.of("name", "e", "employer", "f"), Map.of("name", "g", "employer", "h")));
        post("/api/campaigns/" + ids[0] + "/candidates", body).statusCode(400)
                .body("errors.field", contains("birthYearMonth", "name", "referees"));
        body = Api.candidate(ids[1]);
        body.put("phone", "12345");
        post("/api/campaigns/" + ids[0] + "/candidates", body).statusCode(400)
                .body("errors[0].field", equalTo("phone")).body("errors[0].rule", equalTo("phone-format"));
    }

    @Test
    void aUnitCannotNominateBeyondItsQuota() {
        long[] ids = Api.nominatingCampaign(1);
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(201);
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(409)
                .body("rule", equalTo("unit-quota"));
        asAdmin().get("/api/campaigns/" + ids[0] + "/candidates").then().body("total", equalTo(1));
    }

    @Test
    void aUnitOfAnotherCampaignIsAnUnknownUnit() {
        long[] ids = Api.nominatingCampaign(5);
        long[] other = Api.nominatingCampaign(5);
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(other[1])).statusCode(400)
                .body("errors[0].field", equalTo("recommendingUnitId"));
    }

    @Test
    void groupedModelsRequireAGroupAndCheckExtraFields() {
        long campaign = Api.createCampaign("shanghai-2024", "PROVINCIAL");
        long unit = Api.createUnit(campaign, "上海市某区总工会", 5);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        Map<String, Object> body = Api.candidate(unit);
        post("/api/campaigns/" + campaign + "/candidates", body).statusCode(400)
                .body("errors[0].field", equalTo("group")).body("errors[0].rule", equalTo("required"));
        body.put("group", "计算机通信");
        body.put("extraFields", Map.of("hasPatent", "maybe", "inventionPatents", -1, "colour", 1));
        post("/api/campaigns/" + campaign + "/candidates", body).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "extraFields.hasPatent", "extraFields.inventionPatents", "extraFields.colour"));
        body.put("extraFields", Map.of("hasPatent", true, "inventionPatents", 3));
        post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                .body("group", equalTo("计算机通信"))
                .body("extraFields.hasPatent", equalTo("true"))
                .body("extraFields.inventionPatents", equalTo("3"));
    }

    @Test
    void candidatesAreCorrectedDuringReviewButFixedOnceScoringStarts() {
        long[] ids = Api.nominatingCampaign(5);
        long candidate = post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        Map<String, Object> body = Api.candidate(ids[1]);
        body.put("employer", "更正后的单位");
        put("/api/campaigns/" + ids[0] + "/candidates/" + candidate, body).statusCode(200)
                .body("employer", equalTo("更正后的单位"));
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(409)
                .body("rule", equalTo("phase"));
        asAdmin().delete("/api/campaigns/" + ids[0] + "/candidates/" + candidate).then().statusCode(409);
        Api.createExpert(ids[0], "专家");
        Api.transition(ids[0], "SCORING").statusCode(200);
        put("/api/campaigns/" + ids[0] + "/candidates/" + candidate, body).statusCode(409)
                .body("detail", containsString("SCORING"));
    }

    @Test
    void listingIsPagedAndFiltersByUnit() {
        long[] ids = Api.nominatingCampaign(5);
        long second = Api.createUnit(ids[0], "浙江省总工会", 5);
        for (int i = 0; i < 3; i++) {
            post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(201);
        }
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(second)).statusCode(201);
        asAdmin().get("/api/campaigns/" + ids[0] + "/candidates?size=2&page=1").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(4)).body("page", equalTo(1));
        asAdmin().get("/api/campaigns/" + ids[0] + "/candidates?unitId=" + second).then()
                .body("total", equalTo(1)).body("items[0].recommendingUnit", equalTo("浙江省总工会"));
        asAdmin().get("/api/campaigns/" + ids[0] + "/candidates?size=0").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownCandidateIs404() {
        long[] ids = Api.nominatingCampaign(5);
        asAdmin().get("/api/campaigns/" + ids[0] + "/candidates/987654").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
