package org.craftrank.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;

/**
 * OIDC as an alternative to passwords: a bearer token signed by the (mock) identity provider authenticates; the
 * account with the same username authorises. Sessions and API tokens keep working beside it.
 */
@QuarkusTest
@TestProfile(OidcBearerTokenTest.OidcOn.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcBearerTokenTest {

    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-service-app",
                    "smallrye.jwt.sign.key.location", "privateKey.jwk");
        }
    }

    private static String token(String username, String... groups) {
        return OidcWiremockTestResource.getAccessToken(username, Set.of(groups));
    }

    @Test
    void aProviderTokenActsAsTheAccountOfTheSameUsername() {
        Auth.withToken(token("admin")).get("/api/session").then().statusCode(200)
                .body("username", equalTo("admin")).body("role", equalTo("ADMIN"));
        Auth.withToken(token("admin")).get("/api/campaigns").then().statusCode(200);
    }

    @Test
    void theAccountsRoleCountsNotTheProvidersGroups() {
        long[] campaign = Api.nominatingCampaign(1);
        String username = Api.expertAccount(Api.createExpert(campaign[0], "钱七", "清华大学"));
        Auth.withToken(token(username, "ADMIN")).get("/api/session").then().statusCode(200)
                .body("role", equalTo("EXPERT"));
        Auth.withToken(token(username, "ADMIN")).get("/api/accounts").then().statusCode(403);
    }

    @Test
    void unknownDisabledOrForgedIsRefused() {
        Auth.withToken(token("nobody-" + System.nanoTime(), "ADMIN")).get("/api/campaigns").then().statusCode(401);

        long[] campaign = Api.nominatingCampaign(1);
        String username = Api.expertAccount(Api.createExpert(campaign[0], "孙八", "北京大学"));
        long id = asAdmin().get("/api/accounts").then().extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
        Auth.withToken(token(username)).get("/api/session").then().statusCode(200);
        Api.put("/api/accounts/" + id, Map.of("displayName", "专家", "enabled", false)).statusCode(200);
        Auth.withToken(token(username)).get("/api/session").then().statusCode(401);

        String good = token("admin");
        String forged = good.substring(0, good.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        Auth.withToken(forged).get("/api/campaigns").then().statusCode(401);
    }

    @Test
    void sessionsAndApiTokensStillWork() {
        asAdmin().get("/api/session").then().statusCode(200).body("username", equalTo("admin"));
        long campaign = Api.createNationalCampaign();
        long account = Api.post("/api/accounts", Map.of("username", "bot-" + System.nanoTime(), "displayName", "拉取",
                "role", "COMMITTEE", "campaignIds", List.of(campaign))).statusCode(201)
                .extract().jsonPath().getLong("id");
        String apiToken = Api.post("/api/tokens", Map.of("accountId", account, "campaignId", campaign, "label", "x",
                        "validForDays", 1))
                .statusCode(201).extract().jsonPath().getString("token");
        Auth.withToken(apiToken).get("/api/session").then().statusCode(200).body("role", equalTo("COMMITTEE"));
        Auth.withToken("crk_not-a-real-token").get("/api/session").then().statusCode(401);
    }
}
