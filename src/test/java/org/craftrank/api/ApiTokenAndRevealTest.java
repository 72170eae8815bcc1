package org.craftrank.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.craftrank.testing.Auth.withToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admin-issued bearer tokens for machine clients, and the audited reveal of personal data. */
@QuarkusTest
class ApiTokenAndRevealTest {

    @Inject
    EntityManager em;

    private static long committee(long... campaigns) {
        return Api.post("/api/accounts", Map.of("username", "bot-" + System.nanoTime(), "displayName", "排名拉取",
                        "role", "COMMITTEE", "campaignIds", java.util.Arrays.stream(campaigns).boxed().toList()))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String issue(long accountId, Long campaignId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("accountId", accountId, "label", "委员会排名拉取",
                "validForDays", 30));
        if (campaignId != null) {
            body.put("campaignId", campaignId);
        }
        return Api.post("/api/tokens", body).statusCode(201)
                .body("token", matchesPattern("crk_[A-Za-z0-9_-]{43}"))
                .body("role", equalTo("COMMITTEE"))
                .extract().jsonPath().getString("token");
    }

    @Test
    void aTokenWorksWithCurlStyleBearerAuthenticationOnlyForItsCampaignUntilRevoked() {
        long a = Api.createNationalCampaign();
        long b = Api.createNationalCampaign();
        long account = committee(a, b);
        String token = issue(account, a);

        withToken(token).get("/api/campaigns/" + a).then().statusCode(200);
        withToken(token).get("/api/session").then().statusCode(200).body("viaToken", equalTo(true))
                .body("campaignIds", equalTo(List.of((int) a)));
        // The account sits on B too, but the token is scoped to A: B is unknown to it.
        withToken(token).get("/api/campaigns/" + b).then().statusCode(404);
        withToken(token).get("/api/campaigns").then().statusCode(200).body("id", equalTo(List.of((int) a)));
        // A token has its account's role only.
        withToken(token).get("/api/accounts").then().statusCode(403);

        long id = asAdmin().get("/api/tokens").then().statusCode(200)
                .body("token", not(hasItem(notNullValue())))
                .extract().jsonPath().getLong("find { it.accountId == " + account + " }.id");
        Api.post("/api/tokens/" + id, Map.of()).statusCode(405);
        asAdmin().delete("/api/tokens/" + id).then().statusCode(200).body("usable", equalTo(false))
                .body("revokedAt", notNullValue());
        withToken(token).get("/api/campaigns/" + a).then().statusCode(401)
                .contentType("application/problem+json");
        asAdmin().queryParam("action", "TOKEN_REVOKED").queryParam("objectId", String.valueOf(id))
                .get("/api/audit").then().body("total", equalTo(1)).body("events[0].actor", equalTo(Auth.ADMIN));
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        long a = Api.createNationalCampaign();
        String token = issue(committee(a), a);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select token_hash, token_prefix, label from api_token", Object[].class).getResultList());
        assertFalse(rows.isEmpty());
        for (Object[] row : rows) {
            for (Object column : row) {
                assertFalse(String.valueOf(column).contains(token.substring(4)), "raw token stored: " + column);
            }
        }
        assertTrue(rows.stream().allMatch(r -> String.valueOf(r[0]).matches("[0-9a-f]{64}")));
    }

    @Test
    void unknownMalformedAndForeignTokensAreRefused() {
        long a = Api.createNationalCampaign();
        withToken("crk_" + "A".repeat(43)).get("/api/campaigns").then().statusCode(401);
        withToken("not-a-token").get("/api/campaigns").then().statusCode(401);
        // A committee token must name a campaign the account sits on.
        long lonely = committee();
        Api.post("/api/tokens", Map.of("accountId", lonely, "campaignId", a, "label", "x", "validForDays", 1))
                .statusCode(400).body("errors.rule", hasItem("account-campaign"));
        Api.post("/api/tokens", Map.of("accountId", lonely, "label", "x", "validForDays", 1))
                .statusCode(400).body("errors.rule", hasItem("required-for-role"));
        Api.post("/api/tokens", Map.of("accountId", lonely, "campaignId", a, "label", "x", "validForDays", 400))
                .statusCode(400).body("errors.field", hasItem("validForDays"));
    }

    @Test
    void disablingTheAccountStopsItsTokens() {
        long a = Api.createNationalCampaign();
        long account = committee(a);
        String token = issue(account, a);
        withToken(token).get("/api/campaigns/" + a).then().statusCode(200);
        Api.put("/api/accounts/" + account, Map.of("displayName", "停用", "enabled", false)).statusCode(200);
        withToken(token).get("/api/campaigns/" + a).then().statusCode(401);
    }

    @Test
    void onlyAnAdminRevealsFullPersonalDataAndEachRevealIsAuditedWithItsReason() {
        long[] ids = Api.nominatingCampaign(5);
        Map<String, Object> body = Api.candidate(ids[1]);
        long candidate = Api.post("/api/campaigns/" + ids[0] + "/candidates", body).statusCode(201)
                .extract().jsonPath().getLong("id");
        String path = "/api/campaigns/" + ids[0] + "/candidates/" + candidate + "/personal-data/reveal";

        Api.post(path, Map.of()).statusCode(400).body("errors.field", hasItem("reason"));
        asAdmin().contentType("application/json").body(Map.of("reason", "核对身份证号与推荐表一致"))
                .post(path).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("idNumber", equalTo(body.get("idNumber")))
                .body("phone", equalTo("13912345678"));
        asAdmin().queryParam("action", "PERSONAL_DATA_REVEALED").queryParam("objectId", String.valueOf(candidate))
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1))
                .body("events[0].reason", equalTo("核对身份证号与推荐表一致"))
                .body("events[0].campaignId", equalTo((int) ids[0]))
                .body("events[0].requestId", notNullValue())
                .body("events[0].before", nullValue());

        long unitAccount = Api.post("/api/accounts", Map.of("username", "unit-" + System.nanoTime(),
                "displayName", "单位", "role", "UNIT", "unitId", ids[1], "password", "unit-password-1"))
                .statusCode(201).extract().jsonPath().getLong("id");
        String unitUser = asAdmin().get("/api/accounts/" + unitAccount).then().extract().path("username");
        Auth.as(unitUser, "unit-password-1").contentType("application/json").body(Map.of("reason", "x"))
                .post(path).then().statusCode(403);
    }

    @Test
    void theAuditLogIsReadOnlyAndFilterable() {
        given().get("/api/audit").then().statusCode(401);
        asAdmin().contentType("application/json").body("{}").post("/api/audit").then().statusCode(405);
        asAdmin().delete("/api/audit").then().statusCode(405);
        asAdmin().queryParam("action", "NOT_AN_ACTION").get("/api/audit").then().statusCode(400)
                .body("errors.rule", hasItem("known-action"));
        asAdmin().queryParam("from", "yesterday").get("/api/audit").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        long total = asAdmin().queryParam("from", "2000-01-01T00:00:00Z").get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        long none = asAdmin().queryParam("to", "2000-01-01T00:00:00Z").get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertTrue(total > 0);
        assertEquals(0, none);
    }
}
