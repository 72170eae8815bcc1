package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Issue 21, step 4 (its first part): every user sees their sessions and changes their own password, on the page
 * and over the API; the other sessions end, the one asking goes on.
 */
@QuarkusTest
class AccountPagesTest {

    @Test
    void aUserChangesTheirOwnPasswordAndTheOtherSessionsEnd() {
        String expert = PageFixtures.account("EXPERT", Map.of("expertId",
                PageFixtures.formalReviewCampaign("账户测试", 1, 1).experts().get(0)));
        String other = Auth.signIn(expert, PageFixtures.PASSWORD);
        PageBrowser browser = new PageBrowser(expert, PageFixtures.PASSWORD);
        browser.get("/account").then().statusCode(200).body(allOf(containsString("我的账户"),
                containsString("本会话"), containsString("href=\"/account\""), not(containsString("swagger"))));
        given().cookie(SessionCookie.NAME, browser.session).get("/api/session/sessions").then().statusCode(200)
                .body("findAll { it.current }", hasSize(1)).body("size()", equalTo(2));

        // refusals beside the fields, nothing changed
        browser.post("/account/password", Map.of("currentPassword", "wrong-password", "newPassword",
                "a-new-password-1", "repeatPassword", "a-new-password-1")).then().statusCode(400)
                .body(allOf(containsString("当前密码不正确。"), containsString("href=\"#p-currentPassword\"")));
        browser.post("/account/password", Map.of("currentPassword", PageFixtures.PASSWORD, "newPassword",
                "a-new-password-1", "repeatPassword", "another-one-22")).then().statusCode(400)
                .body(containsString("两次输入的新密码不一致。"));
        browser.post("/account/password", Map.of("currentPassword", PageFixtures.PASSWORD, "newPassword",
                "short", "repeatPassword", "short")).then().statusCode(400).body(containsString("新密码至少 12 个字符。"));
        given().cookie(SessionCookie.NAME, other).get("/api/session").then().statusCode(200);
        // without the CSRF token
        given().redirects().follow(false).cookie(SessionCookie.NAME, browser.session)
                .contentType("application/x-www-form-urlencoded").formParam("currentPassword", PageFixtures.PASSWORD)
                .formParam("newPassword", "a-new-password-1").formParam("repeatPassword", "a-new-password-1")
                .post("/account/password").then().statusCode(400);

        browser.post("/account/password", Map.of("currentPassword", PageFixtures.PASSWORD, "newPassword",
                "a-new-password-1", "repeatPassword", "a-new-password-1")).then().statusCode(200)
                .body(containsString("密码已修改，其他 1 个登录会话已结束。"));
        given().cookie(SessionCookie.NAME, other).get("/api/session").then().statusCode(401);
        given().cookie(SessionCookie.NAME, browser.session).get("/api/session").then().statusCode(200);
        Auth.signIn(expert, "a-new-password-1");
        Auth.asAdmin().get("/api/audit?action=ACCOUNT_PASSWORD_CHANGED").then().statusCode(200)
                .body(not(containsString("a-new-password-1")));
    }

    @Test
    void theApiRefusesAWrongCurrentPasswordAndAnonymousVisitorsSignInFirst() {
        String committee = PageFixtures.account("ADMIN", Map.of());
        String session = Auth.signIn(committee, PageFixtures.PASSWORD);
        given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "nope-nope-nope", "newPassword", "committee-password-2"))
                .post("/api/session/password").then().statusCode(400)
                .body("errors[0].field", equalTo("currentPassword")).body("errors[0].rule", equalTo("current-password"));
        given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PageFixtures.PASSWORD, "newPassword", PageFixtures.PASSWORD))
                .post("/api/session/password").then().statusCode(400)
                .body("errors[0].rule", equalTo("same-password"));
        given().cookie(SessionCookie.NAME, session).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PageFixtures.PASSWORD, "newPassword", "committee-password-2"))
                .post("/api/session/password").then().statusCode(200).body("otherSessionsEnded", equalTo(0));
        given().redirects().follow(false).get("/account").then().statusCode(303)
                .header("Location", containsString("/login?next="));
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", "a", "newPassword", "b"))
                .post("/api/session/password").then().statusCode(401);
        given().redirects().follow(false).get("/account").then().header("Location", endsWith("%2Faccount"));
    }
}
