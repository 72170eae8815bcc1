package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Automatic assignment over the API: preview, commit, conflicts, groups, kept assignments, refusals. */
@QuarkusTest
class AutoAssignmentTest {

    /**
     * A campaign in FORMAL_REVIEW with six candidates of 中车示例机车车辆有限公司 (referees 李四/甲公司 and others),
     * four experts from elsewhere, a colleague of the candidates and one of their referees.
     */
    record Setup(long campaign, List<Long> candidates, List<Long> free, long colleague, long referee) {
        String preview() {
            return "/api/campaigns/" + campaign + "/assignments/auto/preview";
        }

        String commit() {
            return "/api/campaigns/" + campaign + "/assignments/auto";
        }

        List<Map<String, Object>> assignments() {
            return asAdmin().get("/api/campaigns/" + campaign + "/assignments").then().statusCode(200).extract()
                    .jsonPath().getList("");
        }
    }

    static Setup setup() {
        long[] ids = Api.nominatingCampaign(20);
        List<Long> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            candidates.add(Api.nominate(ids[0], ids[1]));
        }
        List<Long> free = List.of(Api.createExpert(ids[0], "钱七", "清华大学"),
                Api.createExpert(ids[0], "孙八", "浙江大学"), Api.createExpert(ids[0], "周九", "同济大学"),
                Api.createExpert(ids[0], "吴十", "上海交通大学"));
        long colleague = Api.createExpert(ids[0], "郑一", "中车示例机车车辆有限公司");
        long referee = Api.createExpert(ids[0], "李四", "甲公司");
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(ids[0]);
        return new Setup(ids[0], candidates, free, colleague, referee);
    }

    @Test
    void previewShowsAConflictFreeBalancedPlanAndStoresNothing() {
        Setup s = setup();
        JsonPath plan = Api.post(s.preview(), Map.of("reviewsPerCandidate", 2)).statusCode(200)
                .body("committed", equalTo(false))
                .body("proposedCount", equalTo(12))
                .body("keptCount", equalTo(0))
                .body("loads.min", equalTo(0))
                .extract().jsonPath();

        Set<Long> reviewers = new HashSet<>(plan.getList("proposed.expertId", Long.class));
        assertEquals(Set.copyOf(s.free()), reviewers, "only conflict-free experts review");
        for (long expert : s.free()) {
            assertEquals(3, plan.getInt("loads.experts.find { it.expertId == " + expert + " }.total"));
        }
        assertEquals(0, plan.getInt("loads.experts.find { it.expertId == " + s.colleague() + " }.total"));
        assertEquals(List.of(2, 2, 2, 2, 2, 2), plan.getList("coverage.total", Integer.class));
        assertEquals(64, plan.getString("fingerprint").length());
        assertTrue(s.assignments().isEmpty(), "a preview stores nothing");
    }

    @Test
    void commitCreatesThePreviewedPlanKeepsExistingOnesAndIsAudited() {
        Setup s = setup();
        long manual = Api.assign(s.campaign(), s.free().get(0), s.candidates().get(0));
        Map<String, Object> body = Map.of("reviewsPerCandidate", 2, "seed", 42);
        JsonPath preview = Api.post(s.preview(), body).statusCode(200)
                .body("keptCount", equalTo(1))
                .body("kept[0].assignmentId", equalTo((int) manual))
                .body("kept[0].counts", equalTo(true))
                .body("proposedCount", equalTo(11))
                .body("seed", equalTo(42))
                .extract().jsonPath();

        Map<String, Object> commit = new HashMap<>(body);
        commit.put("fingerprint", preview.getString("fingerprint"));
        JsonPath done = Api.post(s.commit(), commit).statusCode(200)
                .body("committed", equalTo(true))
                .body("fingerprint", equalTo(preview.getString("fingerprint")))
                .extract().jsonPath();
        assertEquals(preview.getList("proposed.candidateId"), done.getList("proposed.candidateId"));
        assertEquals(preview.getList("proposed.expertId"), done.getList("proposed.expertId"));
        assertFalse(done.getList("proposed.assignmentId").contains(null), "every created assignment has its id");

        List<Map<String, Object>> stored = s.assignments();
        assertEquals(12, stored.size());
        assertTrue(stored.stream().anyMatch(a -> ((Number) a.get("id")).longValue() == manual));
        asAdmin().queryParam("action", "AUTO_ASSIGNMENT_RUN").queryParam("campaignId", s.campaign())
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1))
                .body("events[0].objectType", equalTo("campaign"))
                .body("events[0].after.created", equalTo(11))
                .body("events[0].after.reviewsPerCandidate", equalTo(2));
        asAdmin().queryParam("action", "ASSIGNMENT_CREATED").queryParam("campaignId", s.campaign())
                .get("/api/audit").then().statusCode(200).body("total", equalTo(12));

        // Running again finds every candidate covered and keeps all twelve.
        Api.post(s.commit(), Map.of("reviewsPerCandidate", 2)).statusCode(200)
                .body("proposedCount", equalTo(0)).body("keptCount", equalTo(12));
        assertEquals(12, s.assignments().size());
    }

    @Test
    void anInfeasibleRequestIs422NamingTheBottleneck() {
        Setup s = setup();
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 5)).statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("assignment-infeasible"))
                .body("detail", containsString(" has 4 conflict-free experts, needs 5"));
        Api.post(s.commit(), Map.of("reviewsPerCandidate", 2, "maxLoad", 2)).statusCode(422)
                .body("rule", equalTo("assignment-infeasible"))
                // the colleague and the referee count towards the bounds' sum but may review nobody: a cut finds it
                .body("detail", matchesPattern("[56] candidates \\([0-9A-Z, ]+\\) need 1[02] more reviews but the 4 "
                        + "conflict-free experts who may review them can take only 8 more: 4 of them are at their "
                        + "upper load bound"));
        assertTrue(s.assignments().isEmpty(), "a refused commit stores nothing");
    }

    @Test
    void upperBoundsTooLowForTheReviewsAreSummedUp() {
        Setup s = setup();
        // six experts with at most 1 review each cannot carry 6 × 2 reviews
        Api.post(s.commit(), Map.of("reviewsPerCandidate", 2, "maxLoad", 1)).statusCode(422)
                .body("detail", equalTo("experts' upper load bounds sum to 6 but 12 reviews are needed"));
    }

    @Test
    void aDeclaredConflictIsHonouredAndItsAssignmentKeptButNotCounted() {
        Setup s = setup();
        long expert = s.free().get(0);
        long candidate = s.candidates().get(0);
        Api.assign(s.campaign(), expert, candidate);
        String account = Api.expertAccount(expert);
        Auth.as(account, Api.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "reason", "曾为该候选人的师傅"))
                .post("/api/campaigns/" + s.campaign() + "/my/conflicts").then().statusCode(201);

        JsonPath plan = Api.post(s.preview(), Map.of("reviewsPerCandidate", 3)).statusCode(200)
                .body("kept[0].counts", equalTo(false))
                .body("notes[0]", containsString("breaks a conflict rule"))
                .extract().jsonPath();
        List<Integer> reviewersOfFirst = plan.getList("proposed.findAll { it.candidateId == " + candidate
                + " }.expertId", Integer.class);
        assertEquals(3, reviewersOfFirst.size());
        assertFalse(reviewersOfFirst.contains((int) expert), "the declared conflict is honoured");
    }

    @Test
    void assignmentsWithASheetAreKept() {
        Setup s = setup();
        long expert = s.free().get(1);
        long candidate = s.candidates().get(1);
        Api.assign(s.campaign(), expert, candidate);
        Api.transition(s.campaign(), "SCORING").statusCode(200);
        Auth.as(Api.expertAccount(expert), Api.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("items", Map.of("LEAD1", Map.of("score", 7))))
                .header("If-Match", "*").put("/api/campaigns/" + s.campaign() + "/sheets/" + candidate).then().statusCode(200);

        Api.post(s.commit(), Map.of("reviewsPerCandidate", 1)).statusCode(200)
                .body("kept[0].hasSheet", equalTo(true))
                .body("kept[0].counts", equalTo(true))
                .body("proposedCount", equalTo(5));
        assertTrue(s.assignments().stream().anyMatch(a -> ((Number) a.get("expertId")).longValue() == expert
                && ((Number) a.get("candidateId")).longValue() == candidate));
    }

    @Test
    void expertsReviewOnlyCandidatesOfTheirGroup() {
        long campaign = Api.createCampaign("shanghai-2024", "PROVINCIAL");
        long unit = Api.createUnit(campaign, "上海市总工会", 20);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        Map<Long, String> groupOf = new HashMap<>();
        for (String group : List.of("土木建筑", "医药")) {
            for (int i = 0; i < 3; i++) {
                Map<String, Object> body = Api.candidate(unit);
                body.put("group", group);
                long id = Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201).extract()
                        .jsonPath().getLong("id");
                groupOf.put(id, group);
            }
            for (int i = 0; i < 3; i++) {
                long id = Api.post("/api/campaigns/" + campaign + "/experts", Map.of("name", group + "专家" + i,
                        "employer", "示例大学" + i, "group", group)).statusCode(201).extract().jsonPath().getLong("id");
                groupOf.put(-id, group);
            }
        }
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(campaign);

        JsonPath plan = Api.post("/api/campaigns/" + campaign + "/assignments/auto/preview",
                Map.of("reviewsPerCandidate", 2)).statusCode(200)
                .body("proposedCount", equalTo(12))
                .body("loads.byGroup.group", hasItem("土木建筑"))
                .extract().jsonPath();
        List<Map<String, Object>> proposed = plan.getList("proposed");
        for (Map<String, Object> p : proposed) {
            long expert = ((Number) p.get("expertId")).longValue();
            long candidate = ((Number) p.get("candidateId")).longValue();
            assertEquals(groupOf.get(candidate), groupOf.get(-expert), "pair across groups: " + p);
            assertEquals(groupOf.get(candidate), p.get("group"));
        }
        assertEquals(List.of(2, 2), plan.getList("loads.byGroup.min", Integer.class));
    }

    @Test
    void badParametersAre400NamingTheField() {
        Setup s = setup();
        Api.post(s.preview(), Map.of()).statusCode(400)
                .body("errors.field", hasItem("reviewsPerCandidate")).body("errors.rule", hasItem("one-of"));
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 2, "allEligibleExperts", true)).statusCode(400)
                .body("errors.rule", hasItem("one-of"));
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 0)).statusCode(400)
                .body("errors.field", hasItem("reviewsPerCandidate"));
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 2, "minLoad", 5, "maxLoad", 3)).statusCode(400)
                .body("errors.field", hasItem("maxLoad")).body("errors.rule", hasItem("at-least-min-load"));
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 2, "expertLoads",
                        List.of(Map.of("expertId", 999_999, "maxLoad", 3)))).statusCode(400)
                .body("errors.field", hasItem("expertLoads[0].expertId")).body("errors.rule", hasItem("known-expert"));
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 2, "surprise", 1)).statusCode(400)
                .body("errors.rule", hasItem("known-field"));
    }

    @Test
    void perExpertBoundsAndAllEligibleExperts() {
        Setup s = setup();
        long busy = s.free().get(0);
        Api.post(s.preview(), Map.of("reviewsPerCandidate", 2, "expertLoads",
                        List.of(Map.of("expertId", busy, "maxLoad", 1)))).statusCode(200)
                .body("loads.experts.find { it.expertId == " + busy + " }.total", equalTo(1))
                .body("loads.experts.find { it.expertId == " + busy + " }.maxLoad", equalTo(1))
                .body("loads.max", equalTo(4));
        Api.post(s.preview(), Map.of("allEligibleExperts", true)).statusCode(200)
                .body("proposedCount", equalTo(24))
                .body("coverage.required", everyItemIs(4));
    }

    @Test
    void aChangedPlanIsRefusedWith412AndTheWrongPhaseWith409() {
        Setup s = setup();
        Api.post(s.commit(), Map.of("reviewsPerCandidate", 2, "fingerprint", "0".repeat(64))).statusCode(412)
                .body("rule", equalTo("plan-changed"));
        assertTrue(s.assignments().isEmpty());

        long[] nominating = Api.nominatingCampaign(5);
        Api.post("/api/campaigns/" + nominating[0] + "/assignments/auto/preview", Map.of("reviewsPerCandidate", 1))
                .statusCode(409).body("rule", equalTo("phase")).body("detail", startsWith("cannot assign experts"));
    }

    @Test
    void aRandomSeedIsDrawnAndReturnedSoTheCommitCanRepeatIt() {
        Setup s = setup();
        JsonPath preview = Api.post(s.preview(), Map.of("reviewsPerCandidate", 2, "randomSeed", true))
                .statusCode(200).extract().jsonPath();
        long seed = preview.getLong("seed");
        Api.post(s.commit(), Map.of("reviewsPerCandidate", 2, "seed", seed, "fingerprint",
                preview.getString("fingerprint"))).statusCode(200).body("proposedCount", equalTo(12));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(int value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
