package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, sessions, the login brake, sign-out and account changes that end sessions. */
@QuarkusTest
class SignInTest {

    private static final String PASSWORD = "sign-in-test-pass";
    private static int seq;

    private static String newCommittee(long... campaignIds) {
        String username = "signin-" + System.nanoTime() + "-" + (++seq);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试委员");
        body.put("role", "COMMITTEE");
        body.put("password", PASSWORD);
        body.put("campaignIds", java.util.Arrays.stream(campaignIds).boxed().toList());
        Api.post("/api/accounts", body).statusCode(201);
        return username;
    }

    private static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/session");
    }

    private static long accountId(String username) {
        return asAdmin().get("/api/accounts").then().extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }

    @Test
    void signingInSetsAHardenedSessionCookieAndTellsWhoIsIn() {
        long campaign = Api.createNationalCampaign();
        String user = newCommittee(campaign);
        Response in = signIn(user, PASSWORD);
        in.then().statusCode(200).body("role", equalTo("COMMITTEE"));
        String setCookie = in.getHeader("Set-Cookie");
        assertTrue(setCookie.startsWith(SessionCookie.NAME + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        given().cookie(SessionCookie.NAME, in.getCookie(SessionCookie.NAME)).get("/api/session").then()
                .statusCode(200).body("username", equalTo(user)).body("campaignIds", equalTo(List.of((int) campaign)))
                .body("viaToken", equalTo(false));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String user = newCommittee();
        Response wrongPassword = signIn(user, "not-the-password");
        Response unknownUser = signIn("nobody-" + System.nanoTime(), "not-the-password");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownUser.statusCode());
        assertEquals(wrongPassword.jsonPath().getString("detail"), unknownUser.jsonPath().getString("detail"));
        assertEquals("invalid username or password", unknownUser.jsonPath().getString("detail"));
        assertEquals(null, wrongPassword.getCookie(SessionCookie.NAME));
    }

    @Test
    void theSixthFailureWithinAMinuteIsRefusedWith429AndRetryAfterEvenWithTheRightPassword() {
        String user = newCommittee();
        for (int i = 0; i < 5; i++) {
            signIn(user, "wrong-" + i).then().statusCode(401);
        }
        Response sixth = signIn(user, PASSWORD);
        sixth.then().statusCode(429).contentType("application/problem+json")
                .body("detail", startsWith("too many failed sign-ins"));
        long retryAfter = Long.parseLong(sixth.getHeader("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // An unknown user is braked just the same, so the 429 does not reveal who exists.
        String ghost = "ghost-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            signIn(ghost, "x").then().statusCode(401);
        }
        signIn(ghost, "x").then().statusCode(429);
        // Other users are not affected.
        signIn(newCommittee(), PASSWORD).then().statusCode(200);
        asAdmin().queryParam("action", "LOGIN_THROTTLED").queryParam("objectId", user).get("/api/audit").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aStolenSessionCookieStopsWorkingAfterSignOut() {
        String user = newCommittee();
        String stolen = signIn(user, PASSWORD).getCookie(SessionCookie.NAME);
        given().cookie(SessionCookie.NAME, stolen).get("/api/session").then().statusCode(200);
        Response out = given().cookie(SessionCookie.NAME, stolen).delete("/api/session");
        out.then().statusCode(204);
        assertTrue(out.getHeader("Set-Cookie").contains("Max-Age=0"), out.getHeader("Set-Cookie"));
        given().cookie(SessionCookie.NAME, stolen).get("/api/session").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        asAdmin().queryParam("action", "LOGOUT").queryParam("actor", user).get("/api/audit").then()
                .body("total", equalTo(1));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItCannotSignInAgain() {
        String user = newCommittee();
        String session = signIn(user, PASSWORD).getCookie(SessionCookie.NAME);
        long id = accountId(user);
        Api.put("/api/accounts/" + id, Map.of("displayName", "停用", "enabled", false)).statusCode(200)
                .body("enabled", equalTo(false));
        given().cookie(SessionCookie.NAME, session).get("/api/session").then().statusCode(401);
        signIn(user, PASSWORD).then().statusCode(401).body("detail", equalTo("invalid username or password"));
        asAdmin().queryParam("action", "ACCOUNT_UPDATED").queryParam("objectId", String.valueOf(id))
                .get("/api/audit").then().statusCode(200)
                .body("events[0].before.enabled", equalTo(true))
                .body("events[0].after.enabled", equalTo(false))
                .body("events[0].actor", equalTo(Auth.ADMIN));
    }

    @Test
    void resettingAPasswordEndsSessionsAndReturnsAGeneratedPasswordOnce() {
        String user = newCommittee();
        String session = signIn(user, PASSWORD).getCookie(SessionCookie.NAME);
        long id = accountId(user);
        String generated = Api.post("/api/accounts/" + id + "/password", Map.of()).statusCode(200)
                .extract().jsonPath().getString("generatedPassword");
        assertNotNull(generated);
        given().cookie(SessionCookie.NAME, session).get("/api/session").then().statusCode(401);
        signIn(user, PASSWORD).then().statusCode(401);
        signIn(user, generated).then().statusCode(200);
        asAdmin().get("/api/accounts/" + id).then().body("generatedPassword", equalTo(null))
                .body(not(containsString("passwordHash")));
    }

    @Test
    void theFirstStartCreatedTheAdministratorAndSaidSoInTheAuditLog() {
        asAdmin().queryParam("action", "ACCOUNT_CREATED").queryParam("actor", "system").get("/api/audit").then()
                .statusCode(200).body("events.reason", hasItem("first start of an empty database"));
        asAdmin().get("/api/session").then().body("role", equalTo("ADMIN")).body("allCampaigns", equalTo(true));
    }

    @Test
    void accountsAreValidatedAgainstTheirRole() {
        Api.post("/api/accounts", Map.of("username", "u-" + System.nanoTime(), "displayName", "单位",
                        "role", "UNIT"))
                .statusCode(400).body("errors.field", hasItem("unitId")).body("errors.rule", hasItem("known-unit"));
        Api.post("/api/accounts", Map.of("username", "a-" + System.nanoTime(), "displayName", "管理",
                        "role", "ADMIN", "expertId", 1))
                .statusCode(400).body("errors.rule", hasItem("not-for-role"));
        Api.post("/api/accounts", Map.of("username", "Bad Name", "displayName", "x", "role", "ADMIN"))
                .statusCode(400).body("errors.field", hasItem("username"));
        Api.post("/api/accounts", Map.of("username", "short-" + System.nanoTime(), "displayName", "x",
                        "role", "ADMIN", "password", "short"))
                .statusCode(400).body("errors.field", hasItem("password"));
        Api.post("/api/accounts", Map.of("username", Auth.ADMIN, "displayName", "x", "role", "ADMIN"))
                .statusCode(409).body("rule", equalTo("unique-username"));
    }

    @Test
    void theSignInFormIsProtectedAgainstCrossSiteRequestForgery() {
        Response page = given().get("/login");
        page.then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("工匠评审系统登录"), containsString("name=\"csrf-token\"")));
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "the form carries a CSRF token");
        String csrfCookie = page.getCookie("csrf-token");
        assertNotNull(csrfCookie, "the CSRF cookie is set with the form");
        String user = newCommittee();

        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", user).formParam("password", PASSWORD)
                .post("/login").then().statusCode(400);
        given().redirects().follow(false).contentType(ContentType.URLENC).cookie("csrf-token", csrfCookie)
                .formParam("username", user).formParam("password", PASSWORD).formParam("csrf-token", "forged")
                .post("/login").then().statusCode(400);
        Response in = given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrfCookie).formParam("csrf-token", token.group(1))
                .formParam("username", user).formParam("password", PASSWORD).post("/login");
        in.then().statusCode(303).header("Location", containsString("/"));
        String session = in.getCookie(SessionCookie.NAME);
        given().cookie(SessionCookie.NAME, session).get("/").then().statusCode(200).body(containsString(user));
    }

    @Test
    void theSignInPageSpeaksEnglishOnRequestAndShowsRefusalsWithoutSayingWhy() {
        given().queryParam("lang", "en").get("/login").then().statusCode(200)
                .body(containsString("CraftRank sign-in"));
        given().header("Accept-Language", "en-GB,en;q=0.9").get("/login").then()
                .body(containsString("Sign in"));
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void responsesCarrySecurityHeadersAndApiResponsesAreNeverCached() {
        for (Response r : List.of(given().get("/login"), asAdmin().get("/api/campaigns"),
                given().get("/api/campaigns"))) {
            r.then().header("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
                            containsString("script-src 'self'"), not(containsString("unsafe-inline"))))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Cache-Control", equalTo("no-store"));
        }
    }
}
