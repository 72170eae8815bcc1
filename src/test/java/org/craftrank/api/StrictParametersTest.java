package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 29: an operation takes only the query parameters it declares, and a refusal is problem+json whatever the
 * client said it accepts.
 */
@QuarkusTest
class StrictParametersTest {

    @Test
    void aMisspeltQueryParameterIsRefusedNamingItAndTheOnesTheOperationTakes() {
        long campaign = Api.createNationalCampaign();
        asAdmin().queryParam("metod", "MEDIAN").get("/api/campaigns/" + campaign + "/ranking").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("metod"))
                .body("errors[0].rule", equalTo("unknown-parameter"))
                .body("errors[0].message", containsString("method, trimCount"));
        // the declared one passes the check and meets the phase rule instead
        asAdmin().queryParam("method", "MEDIAN").get("/api/campaigns/" + campaign + "/ranking").then()
                .statusCode(409).body("rule", equalTo("ranking-not-open"));
        asAdmin().queryParam("trimCount", "1").get("/api/campaigns/" + campaign + "/ranking/compare").then()
                .statusCode(400).body("errors[0].field", equalTo("trimCount"))
                .body("errors[0].message", containsString("takes no query parameters"));
        asAdmin().queryParam("size", "5").queryParam("pgae", "2").get("/api/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("pgae"));
        asAdmin().queryParam("size", "5").get("/api/audit").then().statusCode(200);
    }

    @Test
    void aRefusalIsProblemJsonWhateverTheAcceptHeader() {
        long campaign = Api.createNationalCampaign();
        asAdmin().accept("application/json").get("/api/campaigns/" + campaign + "/ranking/export.csv").then()
                .statusCode(406).contentType("application/problem+json")
                .body("rule", equalTo("not-acceptable"))
                .body("detail", containsString("Accept"));
        asAdmin().accept("text/csv").get("/api/campaigns/" + campaign).then()
                .statusCode(406).contentType("application/problem+json").body("rule", equalTo("not-acceptable"));
    }
}
