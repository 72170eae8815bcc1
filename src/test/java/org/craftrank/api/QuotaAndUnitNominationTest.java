package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.craftrank.api.Api.post;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Quota tables loaded into campaigns, and recommending units nominating within their quota, for themselves. */
@QuarkusTest
class QuotaAndUnitNominationTest {

    private static final String PASSWORD = "unit-operator-password";

    @Test
    void the2024AllocationLoadsAllUnitsWith270PlacesAndLoadingAgainChangesNothing() {
        long campaign = Api.createNationalCampaign();
        String path = "/api/campaigns/" + campaign + "/units/quota-table";
        post(path, Map.of("table", "national-2024")).statusCode(200)
                .body("places", equalTo(270))
                .body("units", hasSize(43))
                .body("changes.action", everyItem(equalTo("CREATE")))
                .body("changes.find { it.name == '新疆(含兵团)' }.quota", equalTo(9));
        post(path, Map.of("table", "national-2024")).statusCode(200)
                .body("places", equalTo(270))
                .body("changes.action", everyItem(equalTo("UNCHANGED")));
        asAdmin().get("/api/campaigns/" + campaign + "/units").then().statusCode(200).body("", hasSize(43))
                .body("find { it.name == '全国工商联' }.kind", equalTo("OTHER"));
        asAdmin().get("/api/audit?action=QUOTA_TABLE_APPLIED&campaignId=" + campaign).then().statusCode(200)
                .body("events", hasSize(2));
    }

    @Test
    void aUnitsQuotaIsUpdatedByTheTableButNeverBelowItsNominations() {
        long[] ids = Api.nominatingCampaign(20);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "北京", "kind", "PROVINCE", "quota", 9))
                .put("/api/campaigns/" + ids[0] + "/units/" + ids[1]).then().statusCode(200);
        for (int i = 0; i < 7; i++) {
            Api.nominate(ids[0], ids[1]);
        }
        post("/api/campaigns/" + ids[0] + "/units/quota-table", Map.of("table", "national-2024")).statusCode(400)
                .body("errors[0].rule", equalTo("quota-covers-nominated"));
        asAdmin().get("/api/campaigns/" + ids[0] + "/units").then().body("", hasSize(1)).body("[0].quota", equalTo(9));
    }

    @Test
    void theProvincialRangesApplyToNamedAndExistingUnitsOfTheirKind() {
        long campaign = Api.createCampaign("measures-2025", "NATIONAL");
        post("/api/campaigns/" + campaign + "/units", Map.of("name", "省有关产业工会甲", "kind", "INDUSTRY_UNION",
                "quota", 9)).statusCode(201);
        post("/api/campaigns/" + campaign + "/units/quota-table", Map.of("table", "jiangsu-2026", "units",
                List.of(Map.of("name", "南京市总工会", "kind", "CITY_UNION"), Map.of("name", "苏州市总工会", "kind", "CITY_UNION"))))
                .statusCode(200)
                .body("changes.action", contains("CREATE", "CREATE", "UPDATE"))
                .body("places", equalTo(8));
        asAdmin().get("/api/campaigns/" + campaign + "/units").then()
                .body("find { it.name == '南京市总工会' }.quota", equalTo(3))
                .body("find { it.name == '南京市总工会' }.minimum", equalTo(2))
                .body("find { it.name == '省有关产业工会甲' }.quota", equalTo(2));
        post("/api/campaigns/" + campaign + "/units/quota-table", Map.of("table", "jiangsu-2026", "units",
                List.of(Map.of("name", "省委某部", "kind", "OTHER")))).statusCode(400)
                .body("errors[0].field", equalTo("units[0].kind")).body("errors[0].rule", equalTo("kind-has-range"));
    }

    @Test
    void quotaTablesAreLoadedOnlyBeforeNominationClosesAndMustExist() {
        long[] ids = Api.nominatingCampaign(2);
        Api.nominate(ids[0], ids[1]);
        post("/api/campaigns/" + ids[0] + "/units/quota-table", Map.of("table", "no-such-table")).statusCode(400)
                .body("errors[0].rule", equalTo("known-table"));
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        post("/api/campaigns/" + ids[0] + "/units/quota-table", Map.of("table", "national-2024")).statusCode(409)
                .body("rule", equalTo("phase"));
        asAdmin().get("/api/quota-tables").then().statusCode(200).body("id", contains("national-2024", "jiangsu-2026"));
    }

    @Test
    void aUnitNominatesForItselfOnlyDuringNominationAndNeverBeyondItsQuota() {
        long campaign = Api.createNationalCampaign();
        long own = Api.createUnit(campaign, "北京", 2);
        String operator = unitAccount(own);
        // Not before nomination opens, even for its own unit.
        as(operator).body(Api.candidate(own)).post("/api/campaigns/" + campaign + "/candidates").then()
                .statusCode(409).body("rule", equalTo("phase"));
        Api.transition(campaign, "NOMINATION").statusCode(200);
        as(operator).body(Api.candidate(own)).post("/api/campaigns/" + campaign + "/candidates").then().statusCode(201);
        as(operator).body(Api.candidate(own)).post("/api/campaigns/" + campaign + "/candidates").then().statusCode(201);
        as(operator).body(Api.candidate(own)).post("/api/campaigns/" + campaign + "/candidates").then()
                .statusCode(409).body("rule", equalTo("unit-quota"));
        asAdmin().get("/api/campaigns/" + campaign + "/units/" + own).then().body("nominated", equalTo(2));
    }

    @Test
    void aUnitCannotSeeNominateForChangeOrWithdrawAnotherUnitsCandidates() {
        long[] ids = Api.nominatingCampaign(5);
        long campaign = ids[0];
        long other = ids[1];
        long own = Api.createUnit(campaign, "浙江", 5);
        long theirs = Api.nominate(campaign, other);
        String operator = unitAccount(own);
        long mine = as(operator).body(Api.candidate(own)).post("/api/campaigns/" + campaign + "/candidates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String theirPath = "/api/campaigns/" + campaign + "/candidates/" + theirs;
        as(operator).get(theirPath).then().statusCode(404);
        as(operator).body(Api.candidate(own)).put(theirPath).then().statusCode(404);
        as(operator).delete(theirPath).then().statusCode(404);
        as(operator).body(Api.candidate(other)).post("/api/campaigns/" + campaign + "/candidates").then().statusCode(404);
        // Nor move its own candidate into another unit's quota.
        as(operator).body(Api.candidate(other)).put("/api/campaigns/" + campaign + "/candidates/" + mine).then()
                .statusCode(404);
        as(operator).get("/api/campaigns/" + campaign + "/candidates").then().statusCode(200)
                .body("items.id", contains((int) mine));
        asAdmin().get(theirPath).then().statusCode(200).body("recommendingUnitId", equalTo((int) other));
        asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().body("total", equalTo(2))
                .body("items.id", hasItem((int) theirs));
    }

    @Test
    void aUnitCorrectsAndWithdrawsOnlyWhileNominationIsOpen() {
        long[] ids = Api.nominatingCampaign(5);
        String operator = unitAccount(ids[1]);
        long mine = as(operator).body(Api.candidate(ids[1])).post("/api/campaigns/" + ids[0] + "/candidates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        String path = "/api/campaigns/" + ids[0] + "/candidates/" + mine;
        as(operator).body(Api.candidate(ids[1])).put(path).then().statusCode(409).body("rule", equalTo("phase"));
        // The secretariat still corrects during the formal review.
        Api.put(path, Api.candidate(ids[1])).statusCode(200);
    }

    private static String unitAccount(long unitId) {
        String username = "unit-operator-" + unitId;
        post("/api/accounts", Map.of("username", username, "displayName", "单位操作员", "role", "UNIT",
                "unitId", unitId, "password", PASSWORD)).statusCode(201);
        return username;
    }

    private static RequestSpecification as(String username) {
        return Auth.as(username, PASSWORD).contentType(ContentType.JSON);
    }
}
