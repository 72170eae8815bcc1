package org.craftrank.web;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of every role, and every refusal these fixtures can provoke, rendered once per test run in zh-CN and
 * kept: the language scan reads their text, the accessibility scan loads them into Chromium and runs axe-core.
 * A screen records the status it answered with, so a page that broke shows up as such rather than as a clean page.
 */
final class EveryScreen {

    /** Any 4xx: a refusal whose exact status is not the point here. */
    static final int REFUSED = -4;

    /** One rendered screen: its HTML, and what was wrong with its status (null when it was the one expected). */
    record Screen(String html, String statusProblem) {
    }

    private static Map<String, Screen> screens;
    private static final Set<String> names = new LinkedHashSet<>();

    private final Map<String, Screen> gathered = new LinkedHashMap<>();

    private EveryScreen() {
    }

    /** The screens, by a description of each, in the order they were read; rendered on the first call. */
    static synchronized Map<String, Screen> all() {
        if (screens == null) {
            EveryScreen every = new EveryScreen();
            every.gather();
            screens = Collections.unmodifiableMap(every.gathered);
        }
        return screens;
    }

    /** Names of the campaigns on the pages: data, whatever language they use. */
    static synchronized Set<String> campaignNames() {
        all();
        return Collections.unmodifiableSet(names);
    }

    private void gather() {
        // Campaigns other tests made are listed on some pages; their names are data, whatever language they use.
        names.addAll(asAdmin().get("/api/campaigns").then().statusCode(200).extract().jsonPath()
                .getList("name", String.class));
        // The expert: the work list, a sheet with errors, a stale save, the confirmation, the submitted sheet.
        PageFixtures.Scoring scoring = PageFixtures.scoringCampaign("语言检查：评分", 2, 1);
        PageBrowser expert = new PageBrowser(scoring.expertAccounts().get(0), PageFixtures.PASSWORD);
        String sheet = "/expert/campaigns/" + scoring.campaign() + "/candidates/" + scoring.candidates().get(0);
        scan("expert: work list", expert.get("/expert/campaigns/" + scoring.campaign()), 200);
        scan("expert: sheet", expert.get(sheet), 200);
        scan("expert: sheet refused (range, step, number)", expert.post(sheet, Map.of("version", "\"v0\"",
                "score.LEAD1", "12", "score.LEAD2", "8.3", "score.LEAD3", "8,5", "action", "save")), 400);
        Map<String, String> full = new LinkedHashMap<>(Map.of("version", "\"v0\"", "action", "submit"));
        PageFixtures.CAPABILITIES.forEach(c -> {
            for (int i = 1; i <= 3; i++) {
                full.put("score." + c + i, "8");
            }
        });
        scan("expert: submit with a gap", expert.post(sheet, Map.of("version", "\"v0\"", "score.LEAD1", "8",
                "action", "submit")), 400);
        full.put("version", versionOn(expert.get(sheet)));
        Response toConfirm = expert.post(sheet, full);
        assertEquals(303, toConfirm.statusCode());
        scan("expert: confirmation", expert.get(sheet + "/confirm"), 200);
        scan("expert: stale version", expert.post(sheet, Map.of("version", "\"v0\"", "score.LEAD1", "7",
                "action", "save")), 409);
        PageFixtures.submit(scoring.expertAccounts().get(0), scoring.campaign(), scoring.candidates().get(1), 7);
        scan("expert: submitted sheet", expert.get("/expert/campaigns/" + scoring.campaign() + "/candidates/"
                + scoring.candidates().get(1)), 200);
        scan("expert: conflict refused (no reason)", expert.post(sheet + "/conflict", Map.of("reason", "")), 400);

        // The secretariat, through a whole campaign.
        PageBrowser admin = PageBrowser.admin();
        long draft = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "语言检查：筹备", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024")).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        scan("secretariat: campaigns", admin.get("/secretariat"), 200);
        scan("secretariat: overview (draft)", admin.get("/secretariat/campaigns/" + draft), 200);
        scan("secretariat: transition refused (no units)", admin.post("/secretariat/campaigns/" + draft
                + "/transition", Map.of("to", "NOMINATION")), REFUSED);
        // Issue 21: creating a campaign and its settings, with errors beside the fields.
        scan("secretariat: new campaign", admin.get("/secretariat/new-campaign"), 200);
        scan("secretariat: new campaign refused", admin.post("/secretariat/new-campaign", Map.of("name", "",
                "year", "明年", "level", "NATIONAL", "modelId", "national-2024", "method", "TRIMMED_MEAN",
                "trimCount", "0")), 400);
        scan("secretariat: settings (draft)", admin.get("/secretariat/campaigns/" + draft + "/settings"), 200);
        scan("secretariat: settings refused", admin.post("/secretariat/campaigns/" + draft + "/settings",
                Map.of("name", "语言检查：筹备", "year", "2024", "method", "MEAN", "trimCount", "2",
                        "tieBreak1", "MEDIAN", "tieBreak2", "MEDIAN")), 400);
        String draftUnits = "/secretariat/campaigns/" + draft + "/units";
        scan("secretariat: units (none yet)", admin.get(draftUnits), 200);
        scan("secretariat: unit refused", admin.post(draftUnits, Map.of("name", "", "kind", "PROVINCE",
                "quota", "三")), 400);
        admin.get(draftUnits);
        admin.post(draftUnits, Map.of("name", "语言检查单位甲", "kind", "PROVINCE", "quota", "2", "contact", "联系人甲"));
        long draftUnit = asAdmin().get("/api/campaigns/" + draft + "/units").then().extract().jsonPath()
                .getLong("[0].id");
        scan("secretariat: units", admin.get(draftUnits), 200);
        scan("secretariat: unit", admin.get(draftUnits + "/" + draftUnit), 200);
        scan("secretariat: unit removal confirmation", admin.get(draftUnits + "/" + draftUnit + "/remove"), 200);

        PageFixtures.Scoring review = PageFixtures.formalReviewCampaign("语言检查：形式审查", 3, 2);
        String base = "/secretariat/campaigns/" + review.campaign();
        scan("secretariat: formal review (not run)", admin.get(base + "/formal-review"), 200);
        admin.post(base + "/formal-review/run", Map.of());
        scan("secretariat: formal review (run)", admin.get(base + "/formal-review"), 200);
        scan("secretariat: assignments", admin.get(base + "/assignments"), 200);
        scan("secretariat: automatic assignment preview", admin.post(base + "/assignments/auto/preview",
                Map.of("reviewsPerCandidate", "2", "seed", "3")), 200);
        scan("secretariat: automatic assignment infeasible", admin.post(base + "/assignments/auto/preview",
                Map.of("reviewsPerCandidate", "5", "seed", "3")), REFUSED);
        scan("secretariat: import", admin.get(base + "/import"), 200);

        // A candidate with too few years on the shop floor: the review names the rule it failed.
        PageFixtures.Scoring failing = PageFixtures.formalReviewCampaign("语言检查：审查不通过", 1, 1,
                Map.of("shopFloorYears", 1));
        admin.get("/secretariat/campaigns/" + failing.campaign() + "/formal-review");
        admin.post("/secretariat/campaigns/" + failing.campaign() + "/formal-review/run", Map.of());
        scan("secretariat: formal review with a failed rule", admin.get("/secretariat/campaigns/"
                + failing.campaign() + "/formal-review"), 200);
        PageBrowser failingUnit = new PageBrowser(PageFixtures.account("UNIT", Map.of("unitId", failing.unit())),
                PageFixtures.PASSWORD);
        scan("unit: campaign with review results", failingUnit.get("/unit/campaigns/" + failing.campaign()), 200);

        PageFixtures.Scoring deliberating = PageFixtures.deliberatingCampaign("语言检查：审议");
        base = "/secretariat/campaigns/" + deliberating.campaign();
        scan("secretariat: overview (deliberation)", admin.get(base), 200);
        scan("secretariat: settings (locked)", admin.get(base + "/settings"), 200);
        scan("secretariat: progress", admin.get(base + "/progress"), 200);
        scan("secretariat: ranking", admin.get(base + "/ranking"), 200);
        scan("secretariat: diagnostics", admin.get(base + "/diagnostics"), 200);
        scan("secretariat: shortlist (empty)", admin.get(base + "/shortlist"), 200);
        scan("secretariat: shortlist rules refused", admin.post(base + "/shortlist/rules",
                Map.of("maxPerUnit", "五", "womenShare", "250")), REFUSED);
        // One per unit, but all four come from one unit and two places are to fill: no list is possible.
        admin.post(base + "/shortlist/rules", Map.of("maxPerUnit", "1", "womenShare", "25"));
        admin.get(base + "/shortlist");
        scan("secretariat: shortlist infeasible", admin.post(base + "/shortlist/proposals", Map.of("note", "试")),
                REFUSED);
        admin.get(base + "/shortlist");
        admin.post(base + "/shortlist/rules", Map.of("maxPerUnit", "5", "womenShare", "25"));
        admin.get(base + "/shortlist");
        admin.post(base + "/shortlist/proposals", Map.of("note", "按得分"));
        admin.get(base + "/shortlist");
        admin.post(base + "/shortlist/proposals", Map.of("note", "再议", "fixedExclusions",
                PageFixtures.code(deliberating.campaign(), deliberating.candidates().get(0))));
        scan("secretariat: shortlist (two versions)", admin.get(base + "/shortlist"), 200);
        scan("secretariat: shortlist compared", admin.get(base + "/shortlist?compare=1&with=2"), 200);
        scan("secretariat: approval refused (no adopted shortlist)", admin.post(base + "/transition",
                Map.of("to", "APPROVED")), REFUSED);
        admin.get(base + "/shortlist");
        assertEquals(303, admin.post(base + "/shortlist/adopt", Map.of("version", "2", "reason", "审定"))
                .statusCode(), "adopted");
        scan("secretariat: notice (approved)", admin.get(base + "/notice"), 200);
        PageFixtures.transition(deliberating.campaign(), "PUBLIC_NOTICE");
        scan("secretariat: notice (public notice)", admin.get(base + "/notice"), 200);
        scan("secretariat: objection refused", admin.post(base + "/notice/objections",
                Map.of("code", "", "summary", "")), REFUSED);
        scan("public: notice", given().get("/notice/" + deliberating.campaign()), 200);
        scan("secretariat: audit", admin.get("/secretariat/audit?campaignId=" + deliberating.campaign()), 200);

        // The committee.
        String member = PageFixtures.account("COMMITTEE", Map.of("campaignIds", List.of(deliberating.campaign())));
        PageBrowser committee = new PageBrowser(member, PageFixtures.PASSWORD);
        scan("committee: campaigns", committee.get("/committee"), 200);
        scan("committee: ranking", committee.get("/committee/campaigns/" + deliberating.campaign() + "/ranking"), 200);
        // Issue 19: the z-score and bias-model notes are worded from the bundles; the cut's robustness section.
        scan("committee: ranking, Z_SCORE preview", committee.get("/committee/campaigns/" + deliberating.campaign()
                + "/ranking?method=Z_SCORE"), 200);
        scan("committee: ranking, BIAS_MODEL preview", committee.get("/committee/campaigns/" + deliberating.campaign()
                + "/ranking?method=BIAS_MODEL"), 200);
        scan("committee: ranking with the cut's robustness", committee.get("/committee/campaigns/"
                + deliberating.campaign() + "/ranking?places=2"), 200);
        scan("committee: shortlist", committee.get("/committee/campaigns/" + deliberating.campaign() + "/shortlist"),
                200);
        scan("committee: forbidden page", committee.get("/secretariat/audit"), 403);

        // A recommending unit: its list, the nomination form with its refusals, the import with a bad row.
        long nominating = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "语言检查：推荐",
                "level", "NATIONAL", "year", 2024, "modelId", "national-2024")).post("/api/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String unitName = "语言检查推荐单位";
        long unit = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unitName, "kind", "PROVINCE",
                "quota", 1)).post("/api/campaigns/" + nominating + "/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        scan("unit: campaign before nomination", new PageBrowser(PageFixtures.account("UNIT", Map.of("unitId", unit)),
                PageFixtures.PASSWORD).get("/unit/campaigns/" + nominating), 200);
        PageFixtures.transition(nominating, "NOMINATION");
        PageBrowser operator = new PageBrowser(PageFixtures.account("UNIT", Map.of("unitId", unit)),
                PageFixtures.PASSWORD);
        scan("unit: campaign", operator.get("/unit/campaigns/" + nominating), 200);
        scan("unit: nomination form", operator.get("/unit/campaigns/" + nominating + "/candidates/new"), 200);
        scan("unit: nomination refused", operator.post("/unit/campaigns/" + nominating + "/candidates",
                Map.of("name", "语言检查对象", "gender", "FEMALE", "employer", "语言检查机械厂",
                        "idNumber", "110105194912310021", "oneLineReason", "一".repeat(31))), 400);
        scan("unit: import", operator.get("/unit/campaigns/" + nominating + "/import"), 200);
        byte[] table = ImportFiles.xlsx(ImportFiles.row("1", "语言检查甲", ImportFiles.broken(ImportFiles.freshId()),
                unitName), ImportFiles.row("2", "语言检查乙" + "长".repeat(40), ImportFiles.freshId(), unitName));
        scan("unit: import report", operator.upload("/unit/campaigns/" + nominating + "/import", "2024.xlsx", table,
                ImportFiles.XLSX), 400);
        long nominated = asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(unit, "语言检查已推荐"))
                .post("/api/campaigns/" + nominating + "/candidates").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        // Issue 20: the candidate's dossier page, a file on it, and its refusals beside their sections.
        String dossier = "/unit/campaigns/" + nominating + "/candidates/" + nominated + "/dossier";
        operator.get(dossier);
        assertEquals(303, operator.upload(dossier + "/sections/LEAD1/files", "工作重要性证明.pdf",
                org.craftrank.dossier.TestFiles.pdf("language scan"), "application/pdf").statusCode());
        scan("unit: dossier", operator.get(dossier + "?done=uploaded"), 200);
        scan("unit: dossier file refused (type)", operator.upload(dossier + "/sections/REFEREES/files", "推荐信.pdf",
                org.craftrank.dossier.TestFiles.png(10, 10), "image/png"), 400);
        operator.get(dossier);
        scan("unit: dossier text over its limit", operator.post(dossier + "/sections/BRKT2_TEXT/text",
                Map.of("text", "长".repeat(1001))), 400);
        scan("secretariat: dossier", admin.get("/secretariat/campaigns/" + nominating + "/candidates/" + nominated
                + "/dossier"), 200);
        for (boolean blind : new boolean[] {false, true}) {
            PageFixtures.Scoring evidence = PageFixtures.evidenceCampaign(blind ? "语言检查：盲评申报材料"
                    : "语言检查：申报材料", blind);
            names.add(blind ? "语言检查：盲评申报材料" : "语言检查：申报材料");
            scan(blind ? "expert: sheet with evidence, blind" : "expert: sheet with evidence",
                    new PageBrowser(evidence.expertAccounts().get(0), PageFixtures.PASSWORD).get("/expert/campaigns/"
                            + evidence.campaign() + "/candidates/" + evidence.candidates().get(0)), 200);
        }
        operator.get("/unit/campaigns/" + nominating + "/candidates/new");
        scan("unit: nomination over quota", operator.post("/unit/campaigns/" + nominating + "/candidates",
                Map.of("name", "语言检查超额", "gender", "FEMALE", "employer", "语言检查机械厂")), REFUSED);
        // Issue 21: corrections, withdrawal, the list's submission (上报) and return (退回).
        String own = "/unit/campaigns/" + nominating + "/candidates/" + nominated;
        scan("unit: correction form", operator.get(own), 200);
        scan("unit: correction refused", operator.post(own, Map.of("name", "", "gender", "FEMALE",
                "employer", "语言检查机械厂", "postcode", "12")), 400);
        scan("unit: withdrawal confirmation", operator.get(own + "/withdraw"), 200);
        scan("unit: submission confirmation", operator.get("/unit/campaigns/" + nominating + "/submission"), 200);
        operator.post("/unit/campaigns/" + nominating + "/submission", Map.of());
        scan("unit: campaign (list submitted)", operator.get("/unit/campaigns/" + nominating), 200);
        scan("unit: submission refused (already submitted)", operator.post("/unit/campaigns/" + nominating
                + "/submission", Map.of()), REFUSED);
        String nominatingUnits = "/secretariat/campaigns/" + nominating + "/units";
        scan("secretariat: units (a list submitted)", admin.get(nominatingUnits), 200);
        scan("secretariat: unit with its list submitted", admin.get(nominatingUnits + "/" + unit), 200);
        scan("secretariat: return refused (no reason)", admin.post(nominatingUnits + "/" + unit + "/return",
                Map.of("reason", "")), 400);
        admin.post(nominatingUnits + "/" + unit + "/return", Map.of("reason", "请补充推荐人职称"));
        scan("unit: campaign (list returned)", operator.get("/unit/campaigns/" + nominating), 200);

        // Issue 21: every user's own account.
        scan("account", operator.get("/account"), 200);
        scan("account: password refused", operator.post("/account/password", Map.of("currentPassword", "wrong",
                "newPassword", "short", "repeatPassword", "other")), 400);

        // Sign-in and error pages.
        scan("sign-in", given().get("/login"), 200);
        scan("sign-in after the session ended", given().queryParam("expired", "1").queryParam("next", "/expert").get("/login"), 200);
        scan("unknown path", given().accept(ErrorPagesTest.BROWSER_ACCEPT).get("/no/such/page"), 404);
        scan("public notice outside the public phases", given().accept(ErrorPagesTest.BROWSER_ACCEPT)
                .get("/notice/" + draft), 404);
        scan("unknown campaign", admin.get("/secretariat/campaigns/987654"), 404);
    }

    private static String versionOn(Response page) {
        Matcher m = Pattern.compile("name=\"version\" value=\"([^\"]*)\"").matcher(page.asString());
        assertTrue(m.find(), "the sheet carries its version");
        return m.group(1).replace("&quot;", "\"");
    }

    private void scan(String screen, Response response, int status) {
        int actual = response.statusCode();
        String problem = (status == REFUSED ? actual < 400 || actual >= 500 : actual != status)
                ? "status " + actual + " instead of " + (status == REFUSED ? "a refusal" : status) : null;
        gathered.put(screen, new Screen(response.asString(), problem));
    }
}
