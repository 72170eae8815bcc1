package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real parallel writers against the running service: no lost update, no duplicate, no lost sheet. */
@QuarkusTest
class ScoringConcurrencyTest {

    private static <T> List<T> runTogether(int threads, java.util.function.IntFunction<Callable<T>> task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> call = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyWritersOfOneSheetWithTheSameVersionProduceExactlyOneWinner() throws Exception {
        ScoringWorkflowTest.Setup s = ScoringWorkflowTest.setup(true);
        String session = Auth.session(s.expertUser(), Api.PASSWORD);
        given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .header("If-Match", "*").body(Map.of("items", Map.of("LEAD1", Map.of("score", 1)))).put(s.sheet()).then().statusCode(200);

        List<Integer> statuses = runTogether(50, i -> () -> given().cookie(SessionCookie.NAME, session)
                .contentType(ContentType.JSON).header("If-Match", "\"v1\"")
                .body(Map.of("items", Map.of("LEAD1", Map.of("score", (i % 10) + 0.5))))
                .put(s.sheet()).statusCode());

        Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 412, 49L), byStatus, "one winner, every other writer told its copy is stale");
        given().cookie(SessionCookie.NAME, session).get(s.sheet()).then().header("ETag", "\"v2\"");
    }

    @Test
    void manyExpertsWritingDifferentSheetsAtOnceLoseNothing() throws Exception {
        int experts = 16;
        long[] ids = Api.nominatingCampaign(experts + 1);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            candidates.add(Api.nominate(ids[0], ids[1]));
        }
        List<Long> expertIds = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            expertIds.add(Api.createExpert(ids[0], "并发专家" + i, "示例大学" + i));
        }
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(ids[0]);
        for (int i = 0; i < experts; i++) {
            Api.assign(ids[0], expertIds.get(i), candidates.get(i));
            Api.assign(ids[0], expertIds.get(i), candidates.get((i + 1) % experts));
        }
        Api.transition(ids[0], "SCORING").statusCode(200);
        List<String> sessions = new ArrayList<>();
        for (long expertId : expertIds) {
            sessions.add(Auth.session(Api.expertAccount(expertId), Api.PASSWORD));
        }

        List<Integer> statuses = runTogether(experts, i -> () -> {
            int ok = 0;
            for (int k = 0; k < 2; k++) {
                String sheet = "/api/campaigns/" + ids[0] + "/sheets/" + candidates.get((i + k) % experts);
                ok += given().cookie(SessionCookie.NAME, sessions.get(i)).contentType(ContentType.JSON)
                        .body(Api.fullSheet(5 + k)).post(sheet + "/submit").statusCode() == 200 ? 1 : 0;
            }
            return ok;
        });

        assertEquals(2 * experts, statuses.stream().mapToInt(Integer::intValue).sum());
        asAdmin().get("/api/campaigns/" + ids[0] + "/progress").then().statusCode(200)
                .body("submitted", equalTo(2 * experts)).body("drafts", equalTo(0));
    }

    /**
     * Twenty secretaries assigning the same pair at once: the duplicate check and the insert race, and the
     * losers must hear 409 (already assigned, or refused by the unique key), never 500, with one row stored.
     */
    @Test
    void theSameAssignmentPostedTwentyTimesAtOnceIsStoredOnceAndNoCallerSeesAnError() throws Exception {
        long[] ids = Api.nominatingCampaign(1);
        long candidate = Api.nominate(ids[0], ids[1]);
        long expert = Api.createExpert(ids[0], "并发分配专家", "示例研究院");
        Api.transition(ids[0], "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(ids[0]);
        String session = Auth.session("admin", Auth.ADMIN_PASSWORD);
        String path = "/api/campaigns/" + ids[0] + "/assignments";

        List<String> outcomes = runTogether(20, i -> () -> {
            var response = given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                    .body(Map.of("expertId", expert, "candidateId", candidate)).post(path);
            return response.statusCode() == 409 ? "409 " + response.jsonPath().getString("rule")
                    : String.valueOf(response.statusCode());
        });

        Map<String, Long> byOutcome = outcomes.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        assertEquals(1L, byOutcome.get("201"), "exactly one caller created it: " + byOutcome);
        assertTrue(java.util.Set.of("201", "409 already-assigned", "409 concurrent-change")
                .containsAll(byOutcome.keySet()), "every other caller was refused with a rule, never an error: "
                + byOutcome);
        asAdmin().get(path).then().statusCode(200).body("size()", equalTo(1));
    }

    /**
     * Issue 18, defect 9: twenty retries of one submit with the same Idempotency-Key, sent at once. The first to
     * arrive submits; every other waits for it and replays its response (never a 412 for the retry's own write).
     */
    @Test
    void concurrentRetriesWithOneIdempotencyKeyWaitForAndReplayTheFirstResponse() throws Exception {
        ScoringWorkflowTest.Setup s = ScoringWorkflowTest.setup(true);
        String session = Auth.session(s.expertUser(), Api.PASSWORD);
        List<String> outcomes = runTogether(20, i -> () -> {
            var response = given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                    .header("If-Match", "\"v0\"").header("Idempotency-Key", "retry-storm-1").body(Api.fullSheet(6))
                    .post(s.sheet() + "/submit");
            return response.statusCode() + " " + ("true".equals(response.header("Idempotent-Replayed"))
                    ? "replayed" : "first") + " " + response.header("ETag");
        });

        Map<String, Long> byOutcome = outcomes.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        assertEquals(Map.of("200 first \"v1\"", 1L, "200 replayed \"v1\"", 19L), byOutcome,
                "one submit, nineteen replays of its response");
        asAdmin().get("/api/campaigns/" + s.campaign() + "/progress").then().statusCode(200)
                .body("submitted", equalTo(1));
    }
}
