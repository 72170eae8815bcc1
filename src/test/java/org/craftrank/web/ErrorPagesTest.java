package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Errors a person sees in a browser are pages in their language with a way back; the same errors stay
 * problem+json for API clients (content negotiation on {@code Accept}). An ended session leads to the sign-in
 * page, which says so and comes back.
 */
@QuarkusTest
class ErrorPagesTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void anUnknownPathIsAPageForABrowserAndProblemJsonForAnApiClient() {
        given().accept(BROWSER_ACCEPT).get("/no/such/page").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<html lang=\"zh-CN\">"), containsString("<h1>未找到</h1>"),
                        containsString("状态码 404"), containsString("href=\"/\""), not(containsString("\"status\""))));
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "en").get("/no/such/page").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("<h1>Not found</h1>"));
        given().accept("application/json").get("/no/such/page").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        given().get("/no/such/page").then().statusCode(404).contentType(startsWith("application/problem+json"));
        // The JSON API answers JSON even to a browser.
        given().accept(BROWSER_ACCEPT).cookie(SessionCookie.NAME, Auth.signIn(Auth.ADMIN, Auth.ADMIN_PASSWORD))
                .get("/api/campaigns/987654").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void thePublicNoticeOutsideThePublicPhasesIsA404Page() {
        long campaign = PageFixtures.formalReviewCampaign("错误页测试：公示", 1, 1).campaign();
        given().accept(BROWSER_ACCEPT).get("/notice/" + campaign).then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<h1>未找到</h1>"), containsString("返回首页")));
        // A client asking for JSON gets problem+json (the page has no JSON form at all: 406).
        given().accept("application/json").get("/notice/" + campaign).then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aRoleThePageIsNotForGetsA403PageWithAWayBack() {
        PageBrowser expert = new PageBrowser(PageFixtures.account("COMMITTEE", Map.of("campaignIds",
                java.util.List.of())), PageFixtures.PASSWORD);
        Response page = expert.get("/secretariat/audit");
        page.then().statusCode(403).contentType(startsWith("text/html"))
                .body(allOf(containsString("<h1>无权访问</h1>"), containsString("状态码 403"),
                        containsString("id=\"error-home\" href=\"/\"")));
    }

    @Test
    void aRefusedActionIsA409PageWordedFromItsRule() {
        // The expert opened the sheet, then (in another window) declared a conflict with the candidate: the save
        // from the first window is refused.
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("错误页：已回避", 1, 1);
        PageBrowser expert = new PageBrowser(world.expertAccounts().get(0), PageFixtures.PASSWORD);
        String sheet = "/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0);
        expert.get(sheet);
        Auth.as(world.expertAccounts().get(0), PageFixtures.PASSWORD).contentType("application/json")
                .body(Map.of("candidateId", world.candidates().get(0), "reason", "同一车间的师徒"))
                .post("/api/campaigns/" + world.campaign() + "/my/conflicts").then().statusCode(201);
        Response page = expert.post(sheet, Map.of("version", "\"v0\"", "score.LEAD1", "8", "action", "save"));
        page.then().statusCode(409).contentType(startsWith("text/html")).body(allOf(
                containsString("<h1>暂时无法办理</h1>"), containsString("状态码 409"),
                containsString("id=\"error-home\" href=\"/\""), containsString("<body data-posted"),
                not(containsString("conflict"))));
    }

    @Test
    void anUnexpectedErrorIsA500PageWithAReferenceAndNoInternals() {
        Response page = given().accept(BROWSER_ACCEPT).get("/test-only/failing-page");
        page.then().statusCode(500).contentType(startsWith("text/html")).body(allOf(
                containsString("<h1>系统错误</h1>"), containsString("请向秘书处提供编号"),
                containsString("id=\"error-home\" href=\"/\""), not(containsString(FailingPage.SECRET)),
                not(containsString("IllegalStateException"))));
    }

    @Test
    void anEndedSessionLeadsToTheSignInPageWhichSaysSoAndComesBack() {
        String session = Auth.signIn(Auth.ADMIN, Auth.ADMIN_PASSWORD);
        given().cookie(SessionCookie.NAME, session).delete("/api/session").then().statusCode(204);
        // The browser still holds the cookie of the ended session.
        given().redirects().follow(false).cookie(SessionCookie.NAME, session).get("/secretariat/audit").then()
                .statusCode(303).header("Location", endsWith("/login?expired=1&next=%2Fsecretariat%2Faudit"));
        given().queryParam("expired", "1").queryParam("next", "/secretariat/audit").get("/login").then()
                .statusCode(200)
                .body(allOf(containsString("id=\"signin-notice\""), containsString("登录已过期"),
                        containsString("name=\"next\" value=\"/secretariat/audit\"")));
        // A first visit is asked to sign in, not told that a session ended.
        given().redirects().follow(false).get("/secretariat/audit").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fsecretariat%2Faudit"));
        given().queryParam("next", "/secretariat/audit").get("/login").then().statusCode(200)
                .body(allOf(containsString("请先登录"), not(containsString("登录已过期"))));
        // Another site cannot use the return path.
        given().get("/login?expired=1&next=//evil.example/").then().statusCode(200)
                .body(not(containsString("evil.example")));
    }

    @Test
    void browsersAskingForHtmlAreToldApartFromApiClients() {
        org.junit.jupiter.api.Assertions.assertTrue(PageRequest.prefersHtml(BROWSER_ACCEPT));
        org.junit.jupiter.api.Assertions.assertFalse(PageRequest.prefersHtml("*/*"));
        org.junit.jupiter.api.Assertions.assertFalse(PageRequest.prefersHtml(null));
        org.junit.jupiter.api.Assertions.assertFalse(PageRequest.prefersHtml("application/json, text/html;q=0.5"));
        org.junit.jupiter.api.Assertions.assertTrue(PageRequest.prefersHtml("text/html;q=0.9, application/json;q=0.5"));
    }
}
