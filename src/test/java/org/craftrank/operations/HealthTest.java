package org.craftrank.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A load balancer asks {@code /q/health/ready} whether an instance may take traffic; an instance that cannot
 * reach its database must say no, so readiness has to include the datasource check (agroal + smallrye-health).
 */
@QuarkusTest
class HealthTest {

    @Test
    void readinessIncludesTheDatabase() {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"));
        List<Map<String, Object>> checks = health.getList("checks");
        Map<String, Object> database = checks.stream()
                .filter(check -> String.valueOf(check.get("name")).toLowerCase().contains("database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no database check in readiness: " + checks));
        assertEquals("UP", database.get("status"));
    }

    @Test
    void healthNeedsNoSignInAndShowsNoPersonalData() {
        String body = given().get("/q/health").then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"status\""), body);
        assertTrue(!body.matches("(?s).*\\d{17}[\\dXx].*"), "no ID-number-shaped value in health output");
    }
}
