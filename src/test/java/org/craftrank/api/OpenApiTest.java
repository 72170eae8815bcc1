package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsDescribed() {
        JsonPath doc = asAdmin().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertTrue(paths.containsKey("/api/campaigns/{campaignId}/candidates"), "candidates are documented");
        assertTrue(paths.containsKey("/api/scoring-models/{modelId}"), "models are documented");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Object summary = operation.getValue().get("summary");
                assertTrue(summary instanceof String s && !s.isBlank(),
                        operation.getKey() + " " + path.getKey() + " has no summary");
            }
        }
        assertTrue(operations >= 20, "expected the full API, found " + operations + " operations");
    }

    @Test
    void swaggerUiIsServed() {
        String page = asAdmin().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertFalse(List.of(page).isEmpty());
        assertTrue(page.contains("swagger"), "Swagger UI page");
    }
}
