package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the cut's robustness through the API, the exports and the committee page. Every item of a sheet gets
 * the same score, so each sheet's total is that score. Means: A 9, B (8+8+5)/3 = 7, C (6+6+8.5)/3 = 6.83, D 5;
 * two places go to A and B. Without the first or the second expert, C (7.25) overtakes B (6.5): the cut rests on
 * one expert's sheet.
 */
@QuarkusTest
class CutRobustnessApiTest {

    private static final double[][] TOTALS = {{9, 9, 9}, {8, 8, 5}, {6, 6, 8.5}, {5, 5, 5}};

    @Test
    void theCutThatOneExpertDecidesIsFlaggedInTheJsonTheExportsAndThePage() throws Exception {
        long campaign = Api.createCampaign("national-2024", "NATIONAL");
        long unit = Api.createUnit(campaign, "入选稳健性测试单位", 5);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        List<Long> candidates = new ArrayList<>();
        for (int c = 0; c < TOTALS.length; c++) {
            candidates.add(Api.nominate(campaign, unit));
        }
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        List<Long> experts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long expert = Api.createExpert(campaign, "稳健专家" + i, "稳健大学" + i);
            candidates.forEach(c -> Api.assign(campaign, expert, c));
            experts.add(expert);
        }
        Api.transition(campaign, "SCORING").statusCode(200);
        for (int c = 0; c < TOTALS.length; c++) {
            for (int e = 0; e < 3; e++) {
                submit(campaign, experts.get(e), candidates.get(c), TOTALS[c][e]);
            }
        }
        Api.shortlistSize(campaign, 2);
        Api.transition(campaign, "DELIBERATION").statusCode(200);
        JsonPath list = asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().statusCode(200)
                .extract().jsonPath();
        List<String> codes = new ArrayList<>();
        for (long id : candidates) {
            codes.add(list.getString("items.find { it.id == " + id + " }.code"));
        }
        String committee = "cut-committee-" + campaign;
        Api.post("/api/accounts", Map.of("username", committee, "displayName", "委员", "role", "COMMITTEE",
                "campaignIds", List.of(campaign), "password", Api.PASSWORD)).statusCode(201);
        String base = "/api/campaigns/" + campaign + "/ranking";

        Auth.as(committee, Api.PASSWORD).get(base + "/robustness").then().statusCode(400);
        JsonPath cut = Auth.as(committee, Api.PASSWORD).get(base + "/robustness?places=2").then().statusCode(200)
                .body("method", equalTo("MEAN"))
                .body("resamples", equalTo(1000))
                .body("seed", equalTo(19))
                .body("leaveOneOutRuns", equalTo(3))
                .body("restsOnOneExpert", equalTo(true))
                .body("pivotalExperts.size()", equalTo(2))
                .body("methodExplained", containsString("leave-one-out"))
                .extract().jsonPath();
        assertEquals(3, cut.getInt("candidates.find { it.code == '" + codes.get(0) + "' }.leaveOneOutSelected"));
        assertEquals(1, cut.getInt("candidates.find { it.code == '" + codes.get(1) + "' }.leaveOneOutSelected"));
        assertEquals(2, cut.getInt("candidates.find { it.code == '" + codes.get(2) + "' }.leaveOneOutSelected"));
        assertEquals(0, cut.getInt("candidates.find { it.code == '" + codes.get(3) + "' }.leaveOneOutSelected"));
        assertEquals(1000, cut.getInt("candidates.find { it.code == '" + codes.get(0) + "' }.bootstrapSelected"));
        assertEquals(0, cut.getInt("candidates.find { it.code == '" + codes.get(3) + "' }.bootstrapSelected"));
        assertEquals(1000, cut.getInt("candidates.find { it.code == '" + codes.get(1) + "' }.bootstrapSelected")
                + cut.getInt("candidates.find { it.code == '" + codes.get(2) + "' }.bootstrapSelected"));
        // Reproducible: the same seed gives the same counts.
        assertEquals(cut.getList("candidates"), Auth.as(committee, Api.PASSWORD).get(base + "/robustness?places=2")
                .then().statusCode(200).extract().jsonPath().getList("candidates"));

        String csv = new String(Auth.as(committee, Api.PASSWORD).get(base + "/export.csv?places=2").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].contains("前 2 名：逐一剔除专家后入选次数"), lines[0]);
        assertTrue(lines[2].contains(codes.get(1)) && lines[2].contains("1 / 3"), lines[2]);
        assertTrue(lines[lines.length - 1].contains("注意：剔除一位专家"), lines[lines.length - 1]);

        String page = Auth.as(committee, Api.PASSWORD).get("/committee/campaigns/" + campaign + "/ranking?places=2")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"cut-flag\""), "the page flags the cut");
        assertTrue(page.contains("逐一剔除每位专家"), "the method in one sentence, in Chinese");
        String english = Auth.as(committee, Api.PASSWORD).get("/committee/campaigns/" + campaign
                + "/ranking?places=2&lang=en").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Robustness of the cut"), "and in English");
    }

    private static void submit(long campaign, long expert, long candidate, double score) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (String capability : List.of("LEAD", "PRAC", "INNO", "BRKT", "INHR")) {
            for (int k = 1; k <= 3; k++) {
                items.put(capability + k, Map.of("score", score));
            }
        }
        Auth.as(Api.expertAccount(expert), Api.PASSWORD).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/api/campaigns/" + campaign + "/sheets/" + candidate + "/submit").then().statusCode(200);
    }
}
