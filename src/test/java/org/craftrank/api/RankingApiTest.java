package org.craftrank.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee's ranking over REST, on a small campaign scored by hand:
 * <pre>
 *            E1  E2  E3   mean  trimmed(k=1)  median
 *   A         9   8   7     8         8          8
 *   B         9   9   3     7         9          9
 *   C         7   7   7     7         7          7
 *   D         6   6   6     6         6          6
 *   E        (assigned to E1, draft only: no submitted sheet)
 * </pre>
 * Under MEAN, B and C tie at 7 and the campaign's first tie-break step (MEDIAN) puts B first.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys that would identify or locate a person; none may appear anywhere in a ranking output. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("candidateId", "expertId", "name", "employer",
            "unit", "unitId", "recommendingUnit", "recommendingUnitId", "idNumber", "phone", "gender",
            "birthYearMonth", "position", "referees");

    private long campaign;
    private String committee;
    private final Map<String, Long> candidates = new LinkedHashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    /** Every name, employer, unit and number the campaign holds about people. */
    private final List<String> identifying = new ArrayList<>();

    /** Once per class, but only after Quarkus is up: REST Assured's port is not set yet in a @BeforeAll. */
    @BeforeEach
    void scoreACampaignOnce() {
        if (campaign != 0) {
            return;
        }
        campaign = Api.createCampaign("national-2024", "NATIONAL");
        long unit = Api.createUnit(campaign, "排名测试省总工会", 20);
        identifying.add("排名测试省总工会");
        Api.transition(campaign, "NOMINATION").statusCode(200);
        for (String label : List.of("A", "B", "C", "D", "E")) {
            Map<String, Object> body = Api.candidate(unit);
            body.put("name", "候选人" + label + "号");
            body.put("employer", "排名测试" + label + "机械厂");
            body.put("phone", "1391234560" + candidates.size());
            long id = Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                    .extract().jsonPath().getLong("id");
            candidates.put(label, id);
            identifying.addAll(List.of("候选人" + label + "号", "排名测试" + label + "机械厂",
                    (String) body.get("idNumber"), (String) body.get("phone")));
        }
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        List<Long> experts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            experts.add(Api.createExpert(campaign, "排名专家" + i, "排名测试大学" + i));
            identifying.addAll(List.of("排名专家" + i, "排名测试大学" + i));
        }
        for (long expert : experts) {
            for (String label : List.of("A", "B", "C", "D")) {
                Api.assign(campaign, expert, candidates.get(label));
            }
        }
        Api.assign(campaign, experts.get(0), candidates.get("E"));
        Api.transition(campaign, "SCORING").statusCode(200);

        committee = "ranking-committee-" + campaign;
        Api.post("/api/accounts", Map.of("username", committee, "displayName", "评审委员会", "role", "COMMITTEE",
                "campaignIds", List.of(campaign), "password", Api.PASSWORD)).statusCode(201);
        asCommittee().get(ranking("")).then().statusCode(409).body("rule", equalTo("ranking-not-open"));
        asAdmin().get(ranking("")).then().statusCode(409).body("rule", equalTo("ranking-not-open"));

        int[][] scores = {{9, 8, 7}, {9, 9, 3}, {7, 7, 7}, {6, 6, 6}};
        List<String> users = experts.stream().map(Api::expertAccount).toList();
        for (int c = 0; c < 4; c++) {
            for (int e = 0; e < 3; e++) {
                Auth.as(users.get(e), Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(scores[c][e]))
                        .post("/api/campaigns/" + campaign + "/sheets/" + candidates.get(List.of("A", "B", "C", "D")
                                .get(c)) + "/submit").then().statusCode(200);
            }
        }
        Auth.as(users.get(0), Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(5))
                .header("If-Match", "*").put("/api/campaigns/" + campaign + "/sheets/" + candidates.get("E")).then().statusCode(200);
        Api.shortlistSize(campaign, 3);
        Api.transition(campaign, "DELIBERATION").statusCode(200);

        JsonPath list = asAdmin().get("/api/campaigns/" + campaign + "/candidates?size=50").then().statusCode(200)
                .extract().jsonPath();
        candidates.forEach((label, id) ->
                codes.put(label, list.getString("items.find { it.id == " + id + " }.code")));
    }

    private io.restassured.specification.RequestSpecification asCommittee() {
        return Auth.as(committee, Api.PASSWORD);
    }

    private String ranking(String suffix) {
        return "/api/campaigns/" + campaign + "/ranking" + suffix;
    }

    @Test
    void theMeanRankingOrdersByScoreBreaksTheTieByMedianAndListsTheUnscoredLast() {
        asCommittee().get(ranking("")).then().statusCode(200)
                .body("method", equalTo("MEAN")).body("preview", equalTo(false))
                .body("sheetCount", equalTo(12)).body("expertCount", equalTo(3))
                .body("entries.code", contains(codes.get("A"), codes.get("B"), codes.get("C"), codes.get("D"),
                        codes.get("E")))
                .body("entries.rank", contains(1, 2, 3, 4, null))
                .body("entries[0].score", equalTo(8))
                .body("entries[1].score", equalTo(7)).body("entries[2].score", equalTo(7))
                .body("entries[1].flags", hasItem("ORDERED_BY_TIE_BREAK"))
                .body("entries[1].explanation.againstNext.decidedBy", equalTo("MEDIAN"))
                .body("entries[1].explanation.againstNext.neighbourCode", equalTo(codes.get("C")))
                .body("entries[1].capabilityScores.LEAD", equalTo(7))
                .body("entries[1].standardDeviation", equalTo(3.4641016151f))
                .body("entries[1].range", equalTo(6))
                .body("entries[4].flags", contains("NO_SCORE"))
                .body("entries[4].scoreUnavailableReason", equalTo("no submitted score sheet"))
                .body("capabilities.code", contains("LEAD", "PRAC", "INNO", "BRKT", "INHR"));
    }

    @Test
    void aTrimmedMeanPreviewNamesTheTrimmedScoresByExpertPseudonym() {
        asCommittee().queryParam("method", "TRIMMED_MEAN").get(ranking("")).then().statusCode(200)
                .body("preview", equalTo(true)).body("trimCount", equalTo(1))
                .body("entries.code", contains(codes.get("B"), codes.get("A"), codes.get("C"), codes.get("D"),
                        codes.get("E")))
                .body("entries[0].score", equalTo(9))
                .body("entries[0].explanation.trimmedScores.side", contains("LOWEST", "HIGHEST"))
                .body("entries[0].explanation.trimmedScores.total", contains(3, 9))
                .body("entries[0].explanation.trimmedScores.expert", everyItem(matchesPattern("E0[1-3]")));
    }

    @Test
    void theComparisonPutsTheLargestRankChangesFirst() {
        JsonPath compare = asCommittee().get(ranking("/compare")).then().statusCode(200)
                .body("campaignMethod", equalTo("MEAN")).body("trimCount", equalTo(1))
                .extract().jsonPath();
        List<Integer> changes = compare.getList("candidates.largestRankChange", Integer.class);
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(changes.get(i - 1) >= changes.get(i), "largest changes first: " + changes);
        }
        assertEquals(2, compare.getInt("candidates.find { it.code == '" + codes.get("B") + "' }.ranks.MEAN"));
        assertEquals(1, compare.getInt(
                "candidates.find { it.code == '" + codes.get("B") + "' }.ranks.TRIMMED_MEAN"));
        assertEquals(4, compare.getInt("candidates.find { it.code == '" + codes.get("D") + "' }.ranks.MEDIAN"));
    }

    @Test
    void diagnosticsNameCandidatesByCodeAndExpertsByPseudonym() {
        asCommittee().get(ranking("/diagnostics")).then().statusCode(200)
                .body("disagreementThreshold", equalTo(0.2f))
                .body("disagreementThresholdPoints", equalTo(2))
                .body("leniencyMargin", equalTo(0.25f))
                .body("candidates.code", hasSize(4))
                .body("experts.expert", contains("E01", "E02", "E03"))
                .body("agreement.completeDesign", equalTo(true))
                .body("agreement.intraclassCorrelations", hasSize(6))
                .body("agreement.kendallsW.raters", equalTo(3))
                .body("candidates.find { it.code == '" + codes.get("B") + "' }.standardDeviation",
                        equalTo(3.4641016151377544f))
                .body("candidates.find { it.code == '" + codes.get("D") + "' }.disagreement", equalTo(false));
    }

    @Test
    void noRankingOutputCarriesANameAnEmployerAUnitOrAPersonalNumber() throws Exception {
        List<String> outputs = new ArrayList<>();
        for (String method : List.of("", "?method=TRIMMED_MEAN", "?method=MEDIAN", "?method=Z_SCORE",
                "?method=BIAS_MODEL")) {
            outputs.add(asCommittee().get(ranking(method)).then().statusCode(200).extract().asString());
        }
        outputs.add(asCommittee().get(ranking("/diagnostics")).then().statusCode(200).extract().asString());
        outputs.add(asCommittee().get(ranking("/compare")).then().statusCode(200).extract().asString());
        for (String json : outputs) {
            Set<String> keys = new TreeSet<>();
            collectKeys(JSON.readTree(json), keys, false);
            Set<String> leaked = new TreeSet<>(keys);
            leaked.retainAll(IDENTIFYING_KEYS);
            assertTrue(leaked.isEmpty(), "identifying keys " + leaked + " in " + json);
        }
        outputs.add(new String(asCommittee().get(ranking("/export.csv")).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8));
        outputs.add(String.join("\n", cellTexts(asCommittee().get(ranking("/export.xlsx")).then()
                .statusCode(200).extract().asByteArray())));
        for (String output : outputs) {
            for (String value : identifying) {
                assertFalse(output.contains(value), "'" + value + "' appears in a ranking output");
            }
            assertFalse(output.contains("13912345600".substring(0, 7)), "a phone number prefix in " + output);
        }
    }

    @Test
    void theCsvExportIsUtf8WithABomAndChineseHeadings() {
        byte[] csv = asCommittee().get(ranking("/export.csv")).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"ranking-" + campaign
                        + "-mean.csv\"")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF排名,编号,得分,"), text);
        String[] lines = text.split("\r\n");
        assertEquals(6, lines.length, text);
        assertTrue(lines[1].startsWith("1," + codes.get("A") + ",8,"), lines[1]);
        assertTrue(lines[5].startsWith("," + codes.get("E") + ",,"), lines[5]);
        String english = asCommittee().queryParam("lang", "en").get(ranking("/export.csv")).then().statusCode(200)
                .extract().asString();
        assertTrue(english.contains("Rank,Code,Score,"), english);
    }

    @Test
    void theXlsxExportHoldsNoFormulaEvenWhenTheCampaignNameLooksLikeOne() throws Exception {
        long other = Api.post("/api/campaigns", Map.of("name", "=HYPERLINK(\"http://evil\",\"点击\")",
                "level", "NATIONAL", "year", 2024, "modelId", "national-2024")).statusCode(201)
                .extract().jsonPath().getLong("id");
        long unit = Api.createUnit(other, "公式测试单位", 5);
        Api.transition(other, "NOMINATION").statusCode(200);
        long candidate = Api.nominate(other, unit);
        Api.transition(other, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(other);
        long expert = Api.createExpert(other, "公式专家", "公式大学");
        Api.assign(other, expert, candidate);
        Api.transition(other, "SCORING").statusCode(200);
        Auth.as(Api.expertAccount(expert), Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(8))
                .post("/api/campaigns/" + other + "/sheets/" + candidate + "/submit").then().statusCode(200);
        Api.shortlistSize(other, 1);
        Api.transition(other, "DELIBERATION").statusCode(200);

        byte[] xlsx = asAdmin().get("/api/campaigns/" + other + "/ranking/export.xlsx").then().statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("排名", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("'=HYPERLINK"),
                    "the title is neutralised");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "formula at " + cell.getAddress());
                }
            }
            assertEquals(8.0, sheet.getRow(3).getCell(2).getNumericCellValue(), 0.0, "the score is a number");
        }
    }

    @Test
    void everyPullIsAudited() {
        int before = auditedPulls();
        asCommittee().get(ranking("")).then().statusCode(200);
        asCommittee().get(ranking("/export.csv")).then().statusCode(200);
        assertEquals(before + 2, auditedPulls());
        asAdmin().queryParam("action", "RANKING_PULLED").queryParam("campaignId", campaign).get("/api/audit")
                .then().body("events[0].actor", equalTo(committee))
                .body("events[0].after.format", equalTo("CSV")).body("events[0].after.method", equalTo("MEAN"));
    }

    @Test
    void badQueryParametersAreNamed() {
        asCommittee().queryParam("method", "AVERAGE").get(ranking("")).then().statusCode(400)
                .body("errors[0].field", equalTo("method")).body("errors[0].rule", equalTo("known-method"));
        asCommittee().queryParam("trimCount", "1").get(ranking("")).then().statusCode(400)
                .body("errors[0].field", equalTo("trimCount")).body("errors[0].rule", equalTo("trim-count-unused"));
        asCommittee().queryParam("method", "TRIMMED_MEAN").queryParam("trimCount", "x").get(ranking(""))
                .then().statusCode(400).body("errors[0].rule", equalTo("integer"));
        asCommittee().queryParam("lang", "fr").get(ranking("/export.csv")).then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
        // k = 2 needs 5 sheets: every candidate is unranked, with the reason, rather than a number.
        asCommittee().queryParam("method", "TRIMMED_MEAN").queryParam("trimCount", "2").get(ranking(""))
                .then().statusCode(200).body("entries.rank", everyItem(nullValue()))
                .body("entries[0].scoreUnavailableReason", matchesPattern(".*5.*"));
    }

    private int auditedPulls() {
        return asAdmin().queryParam("action", "RANKING_PULLED").queryParam("campaignId", campaign)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static void collectKeys(JsonNode node, Set<String> keys, boolean insideCapabilityList) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                // The legend of capability columns names capabilities, not people.
                if (!(insideCapabilityList && field.getKey().equals("name"))) {
                    keys.add(field.getKey());
                }
                collectKeys(field.getValue(), keys, field.getKey().equals("capabilities"));
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys, insideCapabilityList));
        }
    }

    private static List<String> cellTexts(byte[] xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }
}
