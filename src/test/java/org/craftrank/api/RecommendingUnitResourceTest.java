package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.craftrank.api.Api.post;
import static org.craftrank.api.Api.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RecommendingUnitResourceTest {

    @Test
    void unitsAreCreatedListedChangedAndRemoved() {
        long campaign = Api.createNationalCampaign();
        long unit = Api.createUnit(campaign, "浙江省总工会", 10);
        Api.createUnit(campaign, "北京市总工会", 6);
        asAdmin().get("/api/campaigns/" + campaign + "/units").then().statusCode(200)
                .body("name", contains("北京市总工会", "浙江省总工会"))
                .body("nominated", contains(0, 0));
        put("/api/campaigns/" + campaign + "/units/" + unit, Map.of("name", "浙江省总工会", "kind", "PROVINCE", "quota", 9))
                .statusCode(200).body("quota", equalTo(9));
        asAdmin().delete("/api/campaigns/" + campaign + "/units/" + unit).then().statusCode(204);
        asAdmin().get("/api/campaigns/" + campaign + "/units/" + unit).then().statusCode(404);
    }

    @Test
    void badUnitsAreRefusedWithTheFieldNamed() {
        long campaign = Api.createNationalCampaign();
        post("/api/campaigns/" + campaign + "/units", Map.of("name", "", "kind", "PROVINCE", "quota", -1))
                .statusCode(400).body("errors.field", contains("name", "quota"));
        Api.createUnit(campaign, "江苏省总工会", 10);
        post("/api/campaigns/" + campaign + "/units", Map.of("name", "江苏省总工会", "kind", "PROVINCE", "quota", 3))
                .statusCode(400).body("errors[0].rule", equalTo("unique"));
    }

    @Test
    void aUnitOfAnotherCampaignIsNotFound() {
        long one = Api.createNationalCampaign();
        long other = Api.createNationalCampaign();
        long unit = Api.createUnit(one, "山东省总工会", 10);
        asAdmin().get("/api/campaigns/" + other + "/units/" + unit).then().statusCode(404);
        asAdmin().get("/api/campaigns/987654/units").then().statusCode(404);
    }

    @Test
    void aUnitWithNominationsCannotBeRemovedNorItsQuotaCutBelowThem() {
        long[] ids = Api.nominatingCampaign(2);
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(201);
        asAdmin().delete("/api/campaigns/" + ids[0] + "/units/" + ids[1]).then().statusCode(409)
                .body("rule", equalTo("unit-in-use"));
        put("/api/campaigns/" + ids[0] + "/units/" + ids[1], Map.of("name", "江苏省总工会", "kind", "PROVINCE", "quota", 0))
                .statusCode(400).body("errors[0].rule", equalTo("quota-covers-nominated"));
    }

    @Test
    void unitsAreFixedOnceNominationCloses() {
        long[] ids = Api.nominatingCampaign(2);
        post("/api/campaigns/" + ids[0] + "/candidates", Api.candidate(ids[1])).statusCode(201);
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        post("/api/campaigns/" + ids[0] + "/units", Map.of("name", "新单位", "kind", "OTHER", "quota", 1))
                .statusCode(409).body("rule", equalTo("phase"));
    }
}
