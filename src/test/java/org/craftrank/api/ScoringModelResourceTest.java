package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ScoringModelResourceTest {

    @Test
    void listsTheThreeModelsWithFifteenItemsEach() {
        asAdmin().when().get("/api/scoring-models").then().statusCode(200)
                .body("id", containsInAnyOrder("national-2024", "measures-2025", "shanghai-2024"))
                .body("subIndicatorCount", everyItem(equalTo(15)))
                .body("contentHash", everyItem(matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void nationalModelCarriesCapabilitiesSubIndicatorsAndTheirTextsAsInTheNotice() {
        asAdmin().when().get("/api/scoring-models/national-2024").then().statusCode(200)
                .body("capabilities.name", contains("引领力", "实践力", "创新力", "攻关力", "传承力"))
                .body("capabilities.weight", everyItem(equalTo(0.2f)))
                .body("capabilities[0].subIndicators.name", contains("勇挑重担", "追求卓越", "示范带动"))
                .body("capabilities[0].subIndicators[0].code", equalTo("LEAD1"))
                .body("capabilities[0].subIndicators[0].weightExact", equalTo("1/3"))
                .body("capabilities[0].subIndicators[0].description",
                        equalTo("在本职岗位上兢兢业业、勇于担当,承担本单位、本行业的工作重任"))
                .body("capabilities[0].subIndicators[0].evidence", equalTo("工作重要性的证明"))
                .body("capabilities[3].subIndicators[2].description",
                        equalTo("深入了解、积极研究制约本行业发展的瓶颈问题，参与解决“卡脖子”难题，或正投身于推动解决“卡脖子”难题"))
                .body("capabilities.subIndicators.flatten()", hasSize(15))
                .body("scale.max", equalTo(10))
                .body("eligibility.minShopFloorYears.NATIONAL", equalTo(5))
                .body("eligibility.requiredOutsideReferees", equalTo(3));
    }

    @Test
    void measuresModelUsesTheFiveCapabilitiesOfThe2025Measures() {
        asAdmin().when().get("/api/scoring-models/measures-2025").then().statusCode(200)
                .body("capabilities.name", contains("引领力", "成就力", "创新力", "专注力", "传承力"))
                .body("capabilities[0].subIndicators.name", contains("政治过硬", "勇于担当", "示范带动"))
                .body("eligibility.minShopFloorYears.CITY", equalTo(3))
                .body("eligibility.advisoryMaxAge", equalTo(55));
    }

    @Test
    void shanghaiModelHasElevenGroupsAndPatentCounts() {
        asAdmin().when().get("/api/scoring-models/shanghai-2024").then().statusCode(200)
                .body("groups", hasSize(11))
                .body("groups[0]", equalTo("冶金、机械和电气"))
                .body("extraFields.code", contains("hasPatent", "inventionPatents", "utilityModelPatents", "designPatents"))
                .body("capabilities[0].description", notNullValue());
    }

    @Test
    void unknownModelIsAProblem404() {
        asAdmin().when().get("/api/scoring-models/no-such-model").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("scoring model no-such-model not found"));
    }
}
