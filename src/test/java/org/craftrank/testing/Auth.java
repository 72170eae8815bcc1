package org.craftrank.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.craftrank.security.auth.SessionCookie;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** Signs test requests in the way real clients do: a session cookie from POST /api/session, or a bearer token. */
public final class Auth {

    public static final String ADMIN = "admin";
    /** Set as craftrank.security.initial-admin-password in the test profile. */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    /** Sessions per application instance (each test start picks a fresh random port) and user. */
    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

    private Auth() {
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().cookie(SessionCookie.NAME, session(username, password));
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static String session(String username, String password) {
        return SESSIONS.computeIfAbsent(RestAssured.port + ":" + username, k -> signIn(username, password));
    }

    /** Signs in afresh (not cached) and returns the raw session cookie. */
    public static String signIn(String username, String password) {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/session");
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + response.statusCode() + " " + response.asString());
        }
        return response.getCookie(SessionCookie.NAME);
    }
}
