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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19's case through every output. On the 2024 national model (weights 1/5 × 1/3, steps of 0.5) every sheet
 * total is a multiple of 1/30. Two candidates, three sheets each:
 * <pre>
 *        sheet totals           rounded to 10 places                   exact mean   mean of the rounded
 *   P    188/30 188/30 187/30   6.2666666667 6.2666666667 6.2333333333  563/90      6.2555555556
 *   Q    190/30 190/30 183/30   6.3333333333 6.3333333333 6.1           563/90      6.2555555555
 * </pre>
 * Averaging the rounded totals would put P first by rounding noise. Exactly, they tie, and the campaign's first
 * tie-break step (MEDIAN: 190/30 against 188/30) puts Q first. JSON, CSV, XLSX and the committee's page agree.
 */
@QuarkusTest
class ExactTieApiTest {

    /** Item scores summing to 94, 93.5, 95 and 91.5: totals 188/30, 187/30, 190/30 and 183/30. */
    private static final double[][] P = {sheet(10, 6), sheet(10, 6), sheet(9.5, 6)};
    private static final double[][] Q = {sheet(8.5, 8.5), sheet(8.5, 8.5), sheet(7.5, 6)};

    @Test
    void equalExactMeansAreTiedAndOrderedByTheCascadeInEveryOutput() throws Exception {
        long campaign = Api.createCampaign("national-2024", "NATIONAL");
        long unit = Api.createUnit(campaign, "精确并列测试单位", 5);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        long p = Api.nominate(campaign, unit);
        long q = Api.nominate(campaign, unit);
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        List<Long> experts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long expert = Api.createExpert(campaign, "精确专家" + i, "精确大学" + i);
            Api.assign(campaign, expert, p);
            Api.assign(campaign, expert, q);
            experts.add(expert);
        }
        Api.transition(campaign, "SCORING").statusCode(200);
        for (int e = 0; e < 3; e++) {
            submit(campaign, experts.get(e), p, P[e]);
            submit(campaign, experts.get(e), q, Q[e]);
        }
        // as many places as candidates: no cut line between the tied rows of the page
        Api.shortlistSize(campaign, 2);
        Api.transition(campaign, "DELIBERATION").statusCode(200);
        JsonPath list = asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().statusCode(200)
                .extract().jsonPath();
        String codeP = list.getString("items.find { it.id == " + p + " }.code");
        String codeQ = list.getString("items.find { it.id == " + q + " }.code");
        String committee = "exact-committee-" + campaign;
        Api.post("/api/accounts", Map.of("username", committee, "displayName", "委员", "role", "COMMITTEE",
                "campaignIds", List.of(campaign), "password", Api.PASSWORD)).statusCode(201);
        String base = "/api/campaigns/" + campaign + "/ranking";

        Auth.as(committee, Api.PASSWORD).get(base).then().statusCode(200)
                .body("entries.code", contains(codeQ, codeP))
                .body("entries.exactScore", contains("563/90", "563/90"))
                .body("entries.score", contains(6.2555555556f, 6.2555555556f))
                .body("entries.rank", contains(1, 2))
                .body("entries[0].flags", hasItem("ORDERED_BY_TIE_BREAK"))
                .body("entries[0].flags", not(hasItem("TIED_FOR_COMMITTEE_DECISION")))
                .body("entries[0].explanation.againstNext.decidedBy", equalTo("MEDIAN"))
                .body("entries[1].explanation.againstPrevious.neighbourCode", equalTo(codeQ));

        String csv = new String(Auth.as(committee, Api.PASSWORD).get(base + "/export.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[1].startsWith("1," + codeQ + ",6.2555555556,"), lines[1]);
        assertTrue(lines[2].startsWith("2," + codeP + ",6.2555555556,"), lines[2]);
        assertTrue(lines[1].contains("同分，按并列规则排序"), lines[1]);

        byte[] xlsx = Auth.as(committee, Api.PASSWORD).get(base + "/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(3);
            Row second = sheet.getRow(4);
            assertEquals(List.of(codeQ, codeP), List.of(first.getCell(1).getStringCellValue(),
                    second.getCell(1).getStringCellValue()));
            assertEquals(first.getCell(2).getNumericCellValue(), second.getCell(2).getNumericCellValue(), 0.0);
            assertEquals("0.0000000000", first.getCell(2).getCellStyle().getDataFormatString(),
                    "the cell shows the ten places of the display rule");
        }

        String page = Auth.as(committee, Api.PASSWORD).get("/committee/campaigns/" + campaign + "/ranking")
                .then().statusCode(200).extract().asString();
        Matcher rows = Pattern.compile("<tr data-code=\"([^\"]+)\">\\s*<td class=\"num\">(\\d+)</td>\\s*"
                + "<th scope=\"row\" class=\"code\">[^<]+</th>\\s*<td class=\"num\">([^<]+)</td>").matcher(page);
        Map<String, String> shown = new LinkedHashMap<>();
        while (rows.find()) {
            shown.put(rows.group(1), rows.group(2) + " " + rows.group(3));
        }
        assertEquals(Map.of(codeQ, "1 6.2555555556", codeP, "2 6.2555555556"), shown);
        assertEquals(List.of(codeQ, codeP), List.copyOf(shown.keySet()));
    }

    /** Fifteen item scores: the first item {@code first}, the second {@code second}, the other thirteen 6. */
    private static double[] sheet(double first, double second) {
        double[] scores = new double[15];
        java.util.Arrays.fill(scores, 6);
        scores[0] = first;
        scores[1] = second;
        return scores;
    }

    private static void submit(long campaign, long expert, long candidate, double[] scores) {
        Map<String, Object> items = new LinkedHashMap<>();
        int i = 0;
        for (String capability : List.of("LEAD", "PRAC", "INNO", "BRKT", "INHR")) {
            for (int k = 1; k <= 3; k++) {
                items.put(capability + k, Map.of("score", scores[i++]));
            }
        }
        Auth.as(Api.expertAccount(expert), Api.PASSWORD).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/api/campaigns/" + campaign + "/sheets/" + candidate + "/submit").then().statusCode(200);
    }
}
