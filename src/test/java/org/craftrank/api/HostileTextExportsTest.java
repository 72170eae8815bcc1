package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: text that is valid but hostile to the programs that open our files — a formula, a right-to-left
 * override with zero-width and astral characters, markup, SQL — stored through the API and carried through a
 * whole campaign to the published notice, then read back from every export and the public page. Every CSV parses
 * as RFC 4180, no cell a spreadsheet would run as a formula, no formula cell in an
 * XLSX, markup escaped on the page, and the characters themselves intact (not dropped or replaced). The fuzz test
 * ({@link SchemaFuzzTest}) stops before the phases that have exports; this takes a campaign all the way. It runs
 * on both databases: whether they store these characters unchanged is the point.
 */
@QuarkusTest
class HostileTextExportsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"点此\")";
    private static final String BIDI = "\u202e示例\u200b机车😀厂";
    private static final String MARKUP = "<script>alert('x')</script>车间";
    private static final String SQL = "'; drop table campaign; --";

    @Test
    void hostileButValidTextReachesEveryExportIntactAndInert() throws Exception {
        long campaign = Api.createNationalCampaign();
        Api.put("/api/campaigns/" + campaign, Map.of("name", "导出测试活动" + MARKUP, "year", 2024,
                "shortlistSize", 2)).statusCode(200);
        long unit = Api.createUnit(campaign, FORMULA, 5);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        List<Long> candidates = new ArrayList<>();
        for (String employer : List.of(BIDI, MARKUP, SQL)) {
            Map<String, Object> body = Api.candidate(unit);
            body.put("employer", employer);
            body.put("position", "+" + employer);
            candidates.add(Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);
        long expert = Api.createExpert(campaign, "导出专家", "@示例大学");
        candidates.forEach(c -> Api.assign(campaign, expert, c));
        String expertAccount = Api.expertAccount(expert);
        Api.transition(campaign, "SCORING").statusCode(200);
        double score = 9;
        for (long candidate : candidates) {
            Map<String, Object> sheet = new java.util.HashMap<>(Api.fullSheet(score--));
            sheet.put("overallComment", FORMULA + BIDI);
            Auth.as(expertAccount, Api.PASSWORD).contentType(ContentType.JSON).body(sheet)
                    .post("/api/campaigns/" + campaign + "/sheets/" + candidate + "/submit").then().statusCode(200);
        }
        Api.transition(campaign, "DELIBERATION").statusCode(200);
        String base = "/api/campaigns/" + campaign;

        List<List<String>> ranking = csv(asAdmin().get(base + "/ranking/export.csv").then().statusCode(200)
                .extract().asString());
        assertTrue(ranking.size() > 3, "the ranking CSV has its rows: " + ranking.size());
        inert(ranking, "ranking CSV");
        inert(xlsx(asAdmin().get(base + "/ranking/export.xlsx").then().statusCode(200).extract().asByteArray()),
                "ranking XLSX");

        Api.post(base + "/shortlist/proposals", Map.of("note", FORMULA)).statusCode(201);
        Api.post(base + "/shortlist/proposals/1/adopt", Map.of("reason", BIDI)).statusCode(200);
        Api.transition(campaign, "PUBLIC_NOTICE").statusCode(200);
        Api.transition(campaign, "PUBLISHED").statusCode(200);

        List<List<String>> notice = csv(asAdmin().get(base + "/notice/export.csv").then().statusCode(200)
                .extract().asString());
        inert(notice, "notice CSV");
        String noticeCells = notice.toString();
        assertTrue(noticeCells.contains("'" + FORMULA), "the unit's name is kept, made inert: " + noticeCells);
        assertTrue(noticeCells.contains(BIDI) || noticeCells.contains(MARKUP) || noticeCells.contains(SQL),
                "the employers of the listed candidates are intact: " + noticeCells);
        List<List<String>> noticeXlsx = xlsx(asAdmin().get(base + "/notice/export.xlsx").then().statusCode(200)
                .extract().asByteArray());
        inert(noticeXlsx, "notice XLSX");
        assertTrue(noticeXlsx.toString().contains(FORMULA), "the XLSX keeps the name as a text cell");

        String page = given().get("/notice/" + campaign).then().statusCode(200).extract().asString();
        assertFalse(page.contains("<script>alert"), "markup is escaped on the public page");
        assertTrue(page.contains("&lt;script&gt;"), "and shown as text");
    }

    /** No cell a spreadsheet would run (the neutralised form starts with an apostrophe). */
    private static void inert(List<List<String>> rows, String what) {
        int widest = 0;
        for (List<String> row : rows) {
            widest = Math.max(widest, row.size());
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"), what + " has a formula cell: " + cell);
            }
        }
        assertTrue(widest > 1, what + " has columns");
    }

    /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text) {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, cell.length(), "a quote opens a field only at its start");
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        assertFalse(quoted, "every quoted field is closed");
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, "a formula cell: " + cell);
                        cells.add(cell.toString());
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
