package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Prometheus scrape counts committed sheet submissions and ranking computations, and carries nothing
 * about the people involved.
 */
@QuarkusTest
class MetricsTest {

    private static final String SUBMISSIONS = "craftrank_sheet_submissions_total";
    private static final String RANKINGS = "craftrank_ranking_computations_total{method=\"MEAN\",purpose=\"ranking\"}";

    @Test
    void submissionsAndRankingsAreCountedWithoutPersonalData() {
        long campaign = Api.createNationalCampaign();
        long unit = Api.createUnit(campaign, "指标测试单位", 5);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        Map<String, Object> body = Api.candidate(unit);
        body.put("name", "指标候选人");
        String idNumber = (String) body.get("idNumber");
        long candidate = Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        long expert = Api.createExpert(campaign, "指标专家");
        Api.assign(campaign, expert, candidate);
        Api.transition(campaign, "SCORING").statusCode(200);
        String expertUser = Api.expertAccount(expert);

        double submissionsBefore = value(scrape(), SUBMISSIONS);
        String submit = "/api/campaigns/" + campaign + "/sheets/" + candidate + "/submit";
        Auth.as(expertUser, Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(8))
                .post(submit).then().statusCode(200);
        // A second submit of the same sheet is refused and rolled back: not a submission.
        Auth.as(expertUser, Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(7))
                .post(submit).then().statusCode(409);
        assertEquals(submissionsBefore + 1, value(scrape(), SUBMISSIONS));

        Api.shortlistSize(campaign, 1);
        Api.transition(campaign, "DELIBERATION").statusCode(200);
        double rankingsBefore = value(scrape(), RANKINGS);
        String first = asAdmin().get("/api/campaigns/" + campaign + "/ranking?method=MEAN").then().statusCode(200)
                .extract().asString();
        String metrics = scrape();
        assertEquals(rankingsBefore + 1, value(metrics, RANKINGS));
        // The same sheets again: answered from the remembered ranking, identical, not computed a second time.
        assertEquals(first, asAdmin().get("/api/campaigns/" + campaign + "/ranking?method=MEAN").then()
                .statusCode(200).extract().asString());
        assertEquals(rankingsBefore + 1, value(scrape(), RANKINGS), "the second pull is not a second computation");

        for (String personal : new String[] {"指标候选人", "指标专家", "指标测试单位", idNumber, expertUser}) {
            assertFalse(metrics.contains(personal), "metrics must not mention " + personal);
        }
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 when the series has not been created yet. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
