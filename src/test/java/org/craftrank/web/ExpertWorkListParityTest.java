package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The expert's work list is read once, by one service method: the page and the API show the same state for
 * every assigned candidate, the declared conflict included.
 */
@QuarkusTest
class ExpertWorkListParityTest {

    /** A row of the work list page: its state's CSS class, then the link to the candidate's sheet. */
    private static final Pattern PAGE_ROW = Pattern.compile(
            "class=\"state state-([a-z_]+)\">[^<]*</span></td>\\s*<td><a href=\"/expert/campaigns/\\d+/candidates/(\\d+)\"");

    @Test
    void thePageAndTheApiShowTheSameStates() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("工作清单一致测试", 4, 1);
        String expert = world.expertAccounts().get(0);
        long campaign = world.campaign();
        List<Long> c = world.candidates();
        PageFixtures.submit(expert, campaign, c.get(0), 8);
        Auth.as(expert, PageFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("items", Map.of("LEAD1", Map.of("score", 7))))
                .header("If-Match", "*").put("/api/campaigns/" + campaign + "/sheets/" + c.get(1)).then().statusCode(200);
        Auth.as(expert, PageFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("candidateId", c.get(3), "reason", "我是其师傅"))
                .post("/api/campaigns/" + campaign + "/my/conflicts").then().statusCode(201);

        List<Map<String, Object>> api = Auth.as(expert, PageFixtures.PASSWORD)
                .get("/api/campaigns/" + campaign + "/my/assignments").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<Long, String> fromApi = new HashMap<>();
        api.forEach(row -> fromApi.put(((Number) row.get("candidateId")).longValue(), (String) row.get("sheetStatus")));

        String page = Auth.as(expert, PageFixtures.PASSWORD).get("/expert/campaigns/" + campaign).then()
                .statusCode(200).extract().asString();
        Map<Long, String> fromPage = new HashMap<>();
        Matcher m = PAGE_ROW.matcher(page);
        while (m.find()) {
            fromPage.put(Long.parseLong(m.group(2)), m.group(1).toUpperCase(Locale.ROOT));
        }

        assertEquals(Map.of(c.get(0), "SUBMITTED", c.get(1), "DRAFT", c.get(2), "NOT_STARTED", c.get(3), "CONFLICT"),
                fromApi);
        assertEquals(fromApi, fromPage);
    }
}
