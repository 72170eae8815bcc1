package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Issue 18, defect 5: no lost update on campaigns, units, experts, candidates, shortlist rules and accounts. Every
 * GET gives an ETag; a PUT or DELETE with a stale If-Match is a 412 problem+json and changes nothing; a current one
 * writes and returns the new tag. A score sheet's PUT (which replaces the draft) without If-Match is a 428.
 */
@QuarkusTest
class EntityTagTest {

    private static RequestSpecification admin() {
        return asAdmin().contentType(ContentType.JSON);
    }

    private static String etag(String path) {
        String tag = admin().get(path).then().statusCode(200).extract().header("ETag");
        assertNotNull(tag, "GET " + path + " gives an ETag");
        return tag;
    }

    /** PUT with a stale tag: 412 naming the rule, then the stored object is unchanged; PUT with the current tag works. */
    private static void staleWriteIsRefused(String path, Map<String, Object> change, String field, Object before) {
        String tag = etag(path);
        admin().header("If-Match", "\"bogus\"").body(change).put(path).then().statusCode(412)
                .contentType("application/problem+json").body("rule", equalTo("stale-version"));
        admin().get(path).then().body(field, equalTo(before)).header("ETag", tag);
        String next = admin().header("If-Match", tag).body(change).put(path).then().statusCode(200)
                .extract().header("ETag");
        assertNotNull(next, "the write's response carries the new ETag");
        assertNotEquals(tag, next, "the version moved");
        admin().header("If-Match", tag).body(change).put(path).then().statusCode(412);
    }

    @Test
    void twoAdminsEditingOneCampaignCannotLoseEachOthersChange() {
        long campaign = Api.createNationalCampaign();
        String path = "/api/campaigns/" + campaign;
        String seenByBoth = etag(path);
        admin().header("If-Match", seenByBoth).body(Map.of("name", "甲改的名称", "year", 2024)).put(path)
                .then().statusCode(200);
        admin().header("If-Match", seenByBoth).body(Map.of("name", "测试活动", "year", 2024, "shortlistSize", 9))
                .put(path).then().statusCode(412).contentType("application/problem+json")
                .body("rule", equalTo("stale-version"));
        admin().get(path).then().body("name", equalTo("甲改的名称")).body("shortlistSize", equalTo(null));
    }

    @Test
    void campaignsUnitsExpertsCandidatesAndAccountsRefuseAStaleIfMatch() {
        long[] ids = Api.nominatingCampaign(5);
        long campaign = ids[0];
        staleWriteIsRefused("/api/campaigns/" + campaign, Map.of("name", "新名称", "year", 2024), "name", "测试活动");
        staleWriteIsRefused("/api/campaigns/" + campaign + "/units/" + ids[1],
                Map.of("name", "江苏省总工会", "kind", "PROVINCE", "quota", 7), "quota", 5);
        long expert = Api.createExpert(campaign, "周九", "示例大学");
        staleWriteIsRefused("/api/campaigns/" + campaign + "/experts/" + expert,
                Map.of("name", "周九", "employer", "另一所大学"), "employer", "示例大学");
        long candidate = Api.nominate(campaign, ids[1]);
        Map<String, Object> corrected = new java.util.HashMap<>(Api.candidate(ids[1]));
        corrected.put("name", "张三丰");
        staleWriteIsRefused("/api/campaigns/" + campaign + "/candidates/" + candidate, corrected, "name", "张三");
        long account = Api.post("/api/accounts", Map.of("username", "etag-" + campaign, "displayName", "旧名",
                "role", "COMMITTEE", "campaignIds", java.util.List.of(campaign))).statusCode(201)
                .extract().jsonPath().getLong("id");
        staleWriteIsRefused("/api/accounts/" + account, Map.of("displayName", "新名", "enabled", true),
                "displayName", "旧名");
    }

    @Test
    void aStaleDeleteIsRefusedAndTheObjectStays() {
        long[] ids = Api.nominatingCampaign(5);
        long expert = Api.createExpert(ids[0], "吴十", "示例大学");
        String path = "/api/campaigns/" + ids[0] + "/experts/" + expert;
        String tag = etag(path);
        admin().header("If-Match", "\"v999\"").delete(path).then().statusCode(412)
                .contentType("application/problem+json").body("rule", equalTo("stale-version"));
        admin().get(path).then().statusCode(200);
        admin().header("If-Match", tag).delete(path).then().statusCode(204);
        long candidate = Api.nominate(ids[0], ids[1]);
        String candidatePath = "/api/campaigns/" + ids[0] + "/candidates/" + candidate;
        admin().header("If-Match", "\"v999\"").delete(candidatePath).then().statusCode(412);
        admin().get(candidatePath).then().statusCode(200);
        admin().header("If-Match", "\"v999\"").delete("/api/campaigns/" + ids[0] + "/units/" + ids[1]).then()
                .statusCode(412);
    }

    @Test
    void shortlistRulesCarryTheCampaignsVersion() {
        long campaign = Api.createNationalCampaign();
        String path = "/api/campaigns/" + campaign + "/shortlist/rules";
        String tag = etag(path);
        admin().header("If-Match", tag).body(Map.of("maxPerUnit", 4)).put(path).then().statusCode(200)
                .body("maxPerUnit", equalTo(4));
        admin().header("If-Match", tag).body(Map.of("maxPerUnit", 9)).put(path).then().statusCode(412)
                .contentType("application/problem+json").body("rule", equalTo("stale-version"));
        admin().get(path).then().body("maxPerUnit", equalTo(4));
    }

    @Test
    void aSheetPutWithoutIfMatchIs428AndKeepsTheDraft() {
        ScoringWorkflowTest.Setup s = ScoringWorkflowTest.setup(true);
        s.asExpert().header("If-Match", "\"v0\"").body(Api.fullSheet(6)).put(s.sheet()).then().statusCode(200);
        s.asExpert().body(Map.of("items", Map.of("LEAD1", Map.of("score", 9)))).put(s.sheet()).then()
                .statusCode(428).contentType("application/problem+json").body("rule", equalTo("if-match-required"));
        s.asExpert().get(s.sheet()).then().statusCode(200).header("ETag", "\"v1\"")
                .body("items.LEAD2.score", equalTo(6)).body("items.LEAD1.score", equalTo(6));
    }
}
