package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.craftrank.api.Api.post;
import static org.craftrank.api.Api.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ExpertResourceTest {

    @Test
    void expertsAreCreatedListedChangedAndRemoved() {
        long campaign = Api.createNationalCampaign();
        long expert = Api.createExpert(campaign, "专家甲");
        put("/api/campaigns/" + campaign + "/experts/" + expert,
                Map.of("name", "专家甲", "employer", "示例研究院", "title", "研究员", "specialty", "焊接"))
                .statusCode(200).body("employer", equalTo("示例研究院")).body("specialty", equalTo("焊接"));
        asAdmin().get("/api/campaigns/" + campaign + "/experts").then().statusCode(200).body("", hasSize(1));
        asAdmin().delete("/api/campaigns/" + campaign + "/experts/" + expert).then().statusCode(204);
        asAdmin().get("/api/campaigns/" + campaign + "/experts/" + expert).then().statusCode(404);
    }

    @Test
    void anExpertNeedsNameAndEmployer() {
        long campaign = Api.createNationalCampaign();
        post("/api/campaigns/" + campaign + "/experts", Map.of("name", " "))
                .statusCode(400).body("errors.field", contains("employer", "name"));
    }

    @Test
    void groupsMustBeTheModels() {
        long shanghai = Api.createCampaign("shanghai-2024", "PROVINCIAL");
        post("/api/campaigns/" + shanghai + "/experts", Map.of("name", "专家乙", "employer", "x", "group", "土木建筑"))
                .statusCode(201).body("group", equalTo("土木建筑"));
        post("/api/campaigns/" + shanghai + "/experts", Map.of("name", "专家丙", "employer", "x", "group", "天文"))
                .statusCode(400).body("errors[0].field", equalTo("group")).body("errors[0].rule", equalTo("known-group"));
        long national = Api.createNationalCampaign();
        post("/api/campaigns/" + national + "/experts", Map.of("name", "专家丁", "employer", "x", "group", "土木建筑"))
                .statusCode(400).body("errors[0].rule", equalTo("known-group"));
    }

    @Test
    void anExpertOfAnotherCampaignIsNotFound() {
        long one = Api.createNationalCampaign();
        long other = Api.createNationalCampaign();
        long expert = Api.createExpert(one, "专家戊");
        asAdmin().get("/api/campaigns/" + other + "/experts/" + expert).then().statusCode(404);
        asAdmin().delete("/api/campaigns/" + other + "/experts/" + expert).then().statusCode(404);
    }
}
