package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.craftrank.testing.Auth.withToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18, defects 1 and 4: a campaign-scoped API token reaches nothing outside its campaign, the audit log
 * names the token, and disabling an account or resetting its password ends its tokens for good.
 */
@QuarkusTest
class ScopedTokenTest {

    private static long adminAccount() {
        return asAdmin().get("/api/accounts").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + Auth.ADMIN + "' }.id");
    }

    static String issue(long accountId, Long campaignId, String label) {
        Map<String, Object> body = new HashMap<>(Map.of("accountId", accountId, "label", label, "validForDays", 30));
        if (campaignId != null) {
            body.put("campaignId", campaignId);
        }
        return Api.post("/api/tokens", body).statusCode(201).extract().jsonPath().getString("token");
    }

    @Test
    void aCampaignScopedAdminTokenIsRefusedEveryGlobalRouteAndMintsNothing() {
        long a = Api.createNationalCampaign();
        long b = Api.createNationalCampaign();
        long admin = adminAccount();
        String token = issue(admin, a, "scoped admin " + a);
        long accounts = asAdmin().get("/api/accounts").then().extract().jsonPath().getList("id").size();
        long tokens = asAdmin().get("/api/tokens").then().extract().jsonPath().getList("id").size();

        // minting: neither tokens nor accounts
        withToken(token).contentType(ContentType.JSON).body(Map.of("accountId", admin, "label", "escalate",
                "validForDays", 30)).post("/api/tokens").then().statusCode(403)
                .contentType("application/problem+json").body("rule", equalTo("token-campaign-scope"));
        withToken(token).contentType(ContentType.JSON).body(Map.of("accountId", admin, "campaignId", b,
                "label", "escalate", "validForDays", 30)).post("/api/tokens").then().statusCode(403);
        withToken(token).contentType(ContentType.JSON).body(Map.of("username", "token-made-" + System.nanoTime(),
                "displayName", "x", "role", "ADMIN", "password", "long-enough-password")).post("/api/accounts")
                .then().statusCode(403).body("rule", equalTo("token-campaign-scope"));
        assertEquals(accounts, asAdmin().get("/api/accounts").then().extract().jsonPath().getList("id").size());
        assertEquals(tokens, asAdmin().get("/api/tokens").then().extract().jsonPath().getList("id").size());

        // every verb of the global routes
        withToken(token).get("/api/tokens").then().statusCode(403);
        withToken(token).get("/api/accounts").then().statusCode(403);
        withToken(token).get("/api/accounts/" + admin).then().statusCode(403);
        withToken(token).contentType(ContentType.JSON).body(Map.of("displayName", "x", "enabled", true))
                .put("/api/accounts/" + admin).then().statusCode(403);
        withToken(token).contentType(ContentType.JSON).body(Map.of()).post("/api/accounts/" + admin + "/password")
                .then().statusCode(403);
        withToken(token).contentType(ContentType.JSON).body(Map.of("name", "越权活动", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024")).post("/api/campaigns").then().statusCode(403);
        withToken(token).get("/api/quota-tables").then().statusCode(403);
        withToken(token).redirects().follow(false).get("/secretariat").then().statusCode(403);
        withToken(token).redirects().follow(false).get("/secretariat/audit").then().statusCode(403);

        // filtered to its campaign where that makes sense
        withToken(token).get("/api/campaigns").then().statusCode(200).body("id", equalTo(List.of((int) a)));
        withToken(token).get("/api/campaigns/" + b).then().statusCode(404);
        withToken(token).queryParam("campaignId", b).get("/api/audit").then().statusCode(404);
        withToken(token).get("/api/audit").then().statusCode(200).body("total", greaterThan(0))
                .body("events.campaignId", everyItem(equalTo((int) a)));
        withToken(token).get("/api/campaigns/" + a).then().statusCode(200);

        // an unscoped admin token is an admin everywhere (the control)
        String unscoped = issue(admin, null, "unscoped admin");
        withToken(unscoped).get("/api/accounts").then().statusCode(200);
    }

    @Test
    void theAuditRecordsThatTheCallerWasAToken() {
        long a = Api.createNationalCampaign();
        String label = "settings bot " + a;
        String token = issue(adminAccount(), a, label);
        long tokenId = asAdmin().get("/api/tokens").then().extract().jsonPath()
                .getLong("find { it.label == '" + label + "' }.id");
        withToken(token).contentType(ContentType.JSON).body(Map.of("name", "令牌改名", "year", 2024))
                .put("/api/campaigns/" + a).then().statusCode(200);
        asAdmin().queryParam("action", "CAMPAIGN_SETTINGS_CHANGED").queryParam("campaignId", a)
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1))
                .body("events[0].actor", equalTo(Auth.ADMIN))
                .body("events[0].viaTokenId", equalTo((int) tokenId))
                .body("events[0].viaTokenLabel", equalTo(label));
    }

    @Test
    void disablingAnAccountEndsItsTokensForGoodReEnablingDoesNotReviveThem() {
        long a = Api.createNationalCampaign();
        long account = committee(a);
        String token = issue(account, a, "puller");
        withToken(token).get("/api/campaigns/" + a).then().statusCode(200);
        Api.put("/api/accounts/" + account, Map.of("displayName", "停用", "enabled", false)).statusCode(200);
        withToken(token).get("/api/campaigns/" + a).then().statusCode(401);
        Api.put("/api/accounts/" + account, Map.of("displayName", "复用", "enabled", true)).statusCode(200);
        withToken(token).get("/api/campaigns/" + a).then().statusCode(401);
        asAdmin().get("/api/tokens").then().body("find { it.accountId == " + account + " }.usable", equalTo(false));
    }

    @Test
    void resettingAPasswordEndsTheAccountsTokens() {
        long a = Api.createNationalCampaign();
        long account = committee(a);
        String token = issue(account, a, "puller");
        withToken(token).get("/api/campaigns/" + a).then().statusCode(200);
        Api.post("/api/accounts/" + account + "/password", Map.of()).statusCode(200);
        withToken(token).get("/api/campaigns/" + a).then().statusCode(401);
    }

    private static long committee(long campaign) {
        return Api.post("/api/accounts", Map.of("username", "scoped-" + System.nanoTime(), "displayName", "拉取",
                "role", "COMMITTEE", "campaignIds", List.of(campaign))).statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
