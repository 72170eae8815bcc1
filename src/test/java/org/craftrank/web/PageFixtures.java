package org.craftrank.web;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.craftrank.testing.Auth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.craftrank.testing.Auth.asAdmin;

/** Sets up campaigns for the page tests through the public JSON API, as the secretariat would. */
final class PageFixtures {

    static final String PASSWORD = "page-test-password";
    static final List<String> CAPABILITIES = List.of("LEAD", "PRAC", "INNO", "BRKT", "INHR");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private PageFixtures() {
    }

    /** A campaign with units, candidates and experts, moved on to SCORING with every expert on every candidate. */
    record Scoring(long campaign, long unit, List<Long> candidates, List<String> candidateNames, List<Long> experts,
                   List<String> expertNames, List<String> expertAccounts) {
    }

    static Scoring scoringCampaign(String label, int candidateCount, int expertCount) {
        return scoringCampaign(label, candidateCount, expertCount, false, Map.of());
    }

    /**
     * As {@link #scoringCampaign(String, int, int)}, scoring blind or not (set through the campaign settings API
     * before scoring starts), with extra fields on every candidate; a text value's {@code {name}} becomes the
     * candidate's name.
     */
    static Scoring scoringCampaign(String label, int candidateCount, int expertCount, boolean blind,
                                   Map<String, Object> extraCandidateFields) {
        Scoring world = formalReviewCampaign(label, candidateCount, expertCount, extraCandidateFields);
        // 形式审查 admits the candidates to scoring; assignments refuse anyone it has not admitted.
        post("/api/campaigns/" + world.campaign() + "/formal-review", Map.of()).statusCode(200);
        for (long expert : world.experts()) {
            for (long candidate : world.candidates()) {
                post("/api/campaigns/" + world.campaign() + "/assignments", Map.of("expertId", expert,
                        "candidateId", candidate)).statusCode(201);
            }
        }
        if (blind) {
            asAdmin().contentType(ContentType.JSON).body(Map.of("name", label, "year", 2024,
                    "scoring", Map.of("blind", true))).put("/api/campaigns/" + world.campaign()).then().statusCode(200);
        }
        transition(world.campaign(), "SCORING");
        return world;
    }

    /**
     * A campaign in FORMAL_REVIEW with units, candidates and experts (each with an account), not reviewed yet and
     * with nobody assigned; its shortlist has two places.
     */
    static Scoring formalReviewCampaign(String label, int candidateCount, int expertCount) {
        return formalReviewCampaign(label, candidateCount, expertCount, Map.of());
    }

    /** As {@link #formalReviewCampaign(String, int, int)}, with these fields on every candidate. */
    static Scoring formalReviewCampaign(String label, int candidateCount, int expertCount,
                                        Map<String, Object> extraCandidateFields) {
        long campaign = post("/api/campaigns", Map.of("name", label, "level", "NATIONAL", "year", 2024,
                "modelId", "national-2024", "shortlistSize", 2)).statusCode(201).extract().jsonPath().getLong("id");
        long unit = post("/api/campaigns/" + campaign + "/units", Map.of("name", label + "单位", "kind",
                "PROVINCE", "quota", Math.max(50, candidateCount))).statusCode(201).extract().jsonPath().getLong("id");
        transition(campaign, "NOMINATION");
        List<Long> candidates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < candidateCount; i++) {
            String name = "页面测试候选" + "甲乙丙丁戊己庚辛".charAt(i % 8) + SEQ.incrementAndGet();
            Map<String, Object> body = candidate(unit, name);
            extraCandidateFields.forEach((field, value) -> body.put(field,
                    value instanceof String text ? text.replace("{name}", name) : value));
            candidates.add(post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                    .extract().jsonPath().getLong("id"));
            names.add(name);
        }
        transition(campaign, "FORMAL_REVIEW");
        List<Long> experts = new ArrayList<>();
        List<String> expertNames = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        for (int e = 0; e < expertCount; e++) {
            String name = "页面专家" + SEQ.incrementAndGet();
            long expert = post("/api/campaigns/" + campaign + "/experts", Map.of("name", name,
                    "employer", "评审大学" + e)).statusCode(201).extract().jsonPath().getLong("id");
            experts.add(expert);
            expertNames.add(name);
            accounts.add(account("EXPERT", Map.of("expertId", expert)));
        }
        return new Scoring(campaign, unit, candidates, names, experts, expertNames, accounts);
    }

    /** Any 16 bytes in Base64url, sent as the csrf-token cookie and the X-CSRF-TOKEN header (double submit). */
    private static final String CSRF = "ZXZpZGVuY2UtdGVzdHMtMQ";

    /**
     * A campaign in SCORING whose candidates' dossiers the secretariat filled during the formal review (a PDF in
     * LEAD1, a photo, the 1000-character text of BRKT2): expert i is assigned candidate i only, so each expert has
     * one candidate whose evidence they read and one whose files are closed to them.
     */
    static Scoring evidenceCampaign(String label, boolean blind) {
        Scoring world = formalReviewCampaign(label, 2, 2);
        for (long candidate : world.candidates()) {
            uploadAsAdmin(world.campaign(), candidate, "LEAD1", "工作重要性证明.pdf",
                    org.craftrank.dossier.TestFiles.pdf("Evidence of candidate " + candidate));
            uploadAsAdmin(world.campaign(), candidate, "PHOTO", "近照.png",
                    org.craftrank.dossier.TestFiles.png(60 + (int) (candidate % 40), 80));
            asAdmin().cookie("csrf-token", CSRF).header("X-CSRF-TOKEN", CSRF).contentType(ContentType.JSON)
                    .body(Map.of("text", "牵头协同攻关，负责关键工序。"))
                    .put("/api/campaigns/" + world.campaign() + "/candidates/" + candidate
                            + "/dossier/sections/BRKT2_TEXT/text").then().statusCode(200);
        }
        post("/api/campaigns/" + world.campaign() + "/formal-review", Map.of()).statusCode(200);
        for (int i = 0; i < 2; i++) {
            post("/api/campaigns/" + world.campaign() + "/assignments", Map.of("expertId", world.experts().get(i),
                    "candidateId", world.candidates().get(i))).statusCode(201);
        }
        if (blind) {
            asAdmin().contentType(ContentType.JSON).body(Map.of("name", label, "year", 2024,
                    "scoring", Map.of("blind", true))).put("/api/campaigns/" + world.campaign()).then().statusCode(200);
        }
        transition(world.campaign(), "SCORING");
        return world;
    }

    /** Uploads a file into a candidate's dossier through the API, as the secretariat; returns the file's id. */
    static long uploadAsAdmin(long campaign, long candidate, String section, String name, byte[] bytes) {
        return asAdmin().config(PageBrowser.UTF8_NAMES).cookie("csrf-token", CSRF).header("X-CSRF-TOKEN", CSRF)
                .multiPart("file", name, bytes, "application/octet-stream")
                .post("/api/campaigns/" + campaign + "/candidates/" + candidate + "/dossier/sections/" + section
                        + "/files").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The ids of a candidate's dossier files, in the order the API lists them. */
    static List<Long> fileIds(long campaign, long candidate) {
        return asAdmin().get("/api/campaigns/" + campaign + "/candidates/" + candidate + "/dossier").then()
                .statusCode(200).extract().jsonPath().getList("sections.files.flatten().id", Long.class);
    }

    /** Four candidates, three experts, every sheet submitted with clearly different totals, in DELIBERATION. */
    static Scoring deliberatingCampaign(String label) {
        Scoring world = scoringCampaign(label, 4, 3);
        double[] base = {8, 7, 6, 5};
        double[] offset = {0, 0.5, -0.5};
        for (int c = 0; c < 4; c++) {
            for (int e = 0; e < 3; e++) {
                submit(world.expertAccounts().get(e), world.campaign(), world.candidates().get(c), base[c] + offset[e]);
            }
        }
        transition(world.campaign(), "DELIBERATION");
        return world;
    }

    /**
     * A campaign of national scale in DELIBERATION: {@code candidateCount} candidates, two experts, every sheet
     * submitted, totals spread over the scale in half points (so many candidates tie, as in a real campaign).
     */
    static Scoring deliberatingCampaign(String label, int candidateCount) {
        Scoring world = scoringCampaign(label, candidateCount, 2);
        for (int c = 0; c < candidateCount; c++) {
            double score = 4 + (c % 11) * 0.5;
            submit(world.expertAccounts().get(0), world.campaign(), world.candidates().get(c), score);
            submit(world.expertAccounts().get(1), world.campaign(), world.candidates().get(c), score - 1);
        }
        transition(world.campaign(), "DELIBERATION");
        return world;
    }

    /** Every item of the 2024 national model at the same score. */
    static Map<String, Object> fullSheet(double score) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (String capability : CAPABILITIES) {
            for (int i = 1; i <= 3; i++) {
                items.put(capability + i, Map.of("score", score));
            }
        }
        return Map.of("items", items);
    }

    static void submit(String expertAccount, long campaign, long candidate, double score) {
        Auth.as(expertAccount, PASSWORD).contentType(ContentType.JSON).body(fullSheet(score))
                .post("/api/campaigns/" + campaign + "/sheets/" + candidate + "/submit").then().statusCode(200);
    }

    /** A candidate's pseudonymous code, as the ranking gives it. */
    static String code(long campaign, long candidate) {
        return asAdmin().get("/api/campaigns/" + campaign + "/candidates/" + candidate).then().statusCode(200)
                .extract().jsonPath().getString("code");
    }

    static void transition(long campaign, String to) {
        post("/api/campaigns/" + campaign + "/transitions", Map.of("to", to)).statusCode(200);
    }

    /** Creates an account with {@link #PASSWORD}; returns its username. */
    static String account(String role, Map<String, Object> binding) {
        String username = "page-" + role.toLowerCase() + "-" + SEQ.incrementAndGet();
        Map<String, Object> body = new HashMap<>(binding);
        body.put("username", username);
        body.put("displayName", "页面测试 " + role);
        body.put("role", role);
        body.put("password", PASSWORD);
        post("/api/accounts", body).statusCode(201);
        return username;
    }

    static Map<String, Object> candidate(long unit, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("recommendingUnitId", unit);
        body.put("name", name);
        body.put("gender", "FEMALE");
        body.put("employer", "页面测试机车有限公司");
        body.put("trade", "数控车工");
        body.put("shopFloorYears", 12);
        body.put("recommendationReason", "长期扎根一线，攻克多项工艺难题。");
        body.put("oneLineReason", "扎根一线的数控工匠");
        body.put("referees", List.of(Map.of("name", "推荐人一", "employer", "甲公司"),
                Map.of("name", "推荐人二", "employer", "乙公司"), Map.of("name", "推荐人三", "employer", "丙公司")));
        return body;
    }

    private static ValidatableResponse post(String path, Object body) {
        return asAdmin().contentType(ContentType.JSON).body(body).when().post(path).then().log().ifValidationFails();
    }
}
