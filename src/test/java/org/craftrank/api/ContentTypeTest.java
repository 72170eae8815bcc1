package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, defect 8: a state-changing page route never acts without its CSRF check, whatever the Content-Type
 * (none at all included); a JSON endpoint answers 415 to anything but JSON; a missing or broken Content-Type is
 * never a 500.
 */
@QuarkusTest
class ContentTypeTest {

    /** A POST exactly as given: java.net.http adds no Content-Type of its own. */
    private static HttpResponse<String> rawPost(String path, String cookie, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + cookie);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageFormPostWithoutContentTypeDoesNotActWithoutTheCsrfCheck() throws Exception {
        String username = "csrf-" + System.nanoTime();
        Api.post("/api/accounts", Map.of("username", username, "displayName", "表单", "role", "COMMITTEE",
                "password", "csrf-test-password")).statusCode(201);
        String session = Auth.signIn(username, "csrf-test-password");
        for (String type : new String[]{null, "text/plain", "application/json", "garbage;;="}) {
            HttpResponse<String> response = rawPost("/logout", session, type, "lang=zh");
            assertTrue(response.statusCode() == 415 || response.statusCode() == 400,
                    "sign-out without a CSRF token, Content-Type " + type + ": " + response.statusCode());
            // the session survived: nothing acted
            given().cookie(SessionCookie.NAME, session).get("/api/session").then().statusCode(200)
                    .body("username", equalTo(username));
        }
        assertEquals(415, rawPost("/logout", session, null, "").statusCode());
    }

    @Test
    void missingOrBrokenContentTypesAreNeverA500() throws Exception {
        for (String type : new String[]{null, "garbage;;=", "multipart/form-data", "application/x-www-form-urlencoded"
                + "; charset=nonsense-42", "/"}) {
            for (String path : new String[]{"/login", "/api/session", "/logout"}) {
                int status = rawPost(path, null, type, "username=x&password=y").statusCode();
                assertTrue(status >= 400 && status < 500, "POST " + path + " with Content-Type " + type + ": " + status);
            }
        }
        HttpResponse<String> login = rawPost("/login", null, null, "username=x&password=y");
        assertEquals(415, login.statusCode());
        assertTrue(login.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aJsonEndpointAnswers415ToAnythingButJson() throws Exception {
        long before = asAdmin().get("/api/campaigns").then().extract().jsonPath().getList("id").size();
        String campaign = "{\"name\": \"媒体类型\", \"level\": \"NATIONAL\", \"year\": 2024, \"modelId\": \"national-2024\"}";
        asAdmin().contentType("text/plain").body(campaign).post("/api/campaigns").then().statusCode(415)
                .contentType("application/problem+json").body("rule", equalTo("media-type"));
        asAdmin().contentType(ContentType.URLENC).formParam("name", "x").post("/api/campaigns").then().statusCode(415);
        assertEquals(415, rawPost("/api/campaigns", Auth.session(Auth.ADMIN, Auth.ADMIN_PASSWORD), null, campaign)
                .statusCode());
        assertEquals(before, asAdmin().get("/api/campaigns").then().extract().jsonPath().getList("id").size());

        // submitting a sheet as text/plain (a CORS simple request) is refused before anything is read
        long c = Api.createNationalCampaign();
        long unit = Api.createUnit(c, "媒体单位", 10);
        long expert = Api.createExpert(c, "媒体专家", "示例大学");
        Api.transition(c, "NOMINATION").statusCode(200);
        long candidate = Api.nominate(c, unit);
        Api.transition(c, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(c);
        Api.assign(c, expert, candidate);
        Api.transition(c, "SCORING").statusCode(200);
        String account = Api.expertAccount(expert);
        String sheet = "/api/campaigns/" + c + "/sheets/" + candidate;
        Auth.as(account, Api.PASSWORD).contentType("text/plain; charset=UTF-8")
                .body("{\"items\": {}}").post(sheet + "/submit").then().statusCode(415);
        Auth.as(account, Api.PASSWORD).get(sheet).then().statusCode(200).body("status", equalTo("DRAFT"));
    }
}
