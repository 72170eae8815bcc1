package org.craftrank.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The score sheet where experts really use it: on a 390×844 phone and an 820×1180 tablet (every field and button
 * reachable, checked with {@code document.elementFromPoint} at its centre after scrolling it into view, the
 * materials folded away, +/- steps, a decimal comma, the wheel), and across an ended session (what was typed is
 * kept in the browser and offered back after signing in again).
 */
@QuarkusTest
class SheetBrowserTest {

    /**
     * Scrolls each element into view (as little as possible, the hardest case for a sticky bar) and asks the
     * browser what is at its centre: the element itself or something inside it, or it is covered. Returns the
     * count of elements checked and a description of each covered one.
     */
    static final String REACHABLE = """
            (selector) => {
              const covered = [];
              const all = Array.from(document.querySelectorAll(selector));
              for (const el of all) {
                el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                const r = el.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const hit = document.elementFromPoint(x, y);
                if (!hit || !(hit === el || el.contains(hit))) {
                  covered.push((el.id || el.name || el.textContent.trim()) + ' under '
                      + (hit ? hit.tagName + '#' + hit.id + '.' + hit.className : 'nothing'));
                }
              }
              return { checked: all.length, covered: covered };
            }""";

    static final String SHEET_CONTROLS = "#materials-panel > summary, input.score, button.step, "
            + "textarea[name^='comment.'], #overall-comment, button[value=save], button[value=submit]";

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        assertTrue(pageErrors.isEmpty(), "script errors on the pages: " + pageErrors);
        pageErrors.clear();
    }

    @Test
    void anExpertScoresACandidateEndToEndOnAPhone() {
        scoreEndToEnd(390, 844, true, "phone");
    }

    @Test
    void anExpertScoresACandidateEndToEndOnATablet() {
        scoreEndToEnd(820, 1180, true, "tablet");
    }

    private void scoreEndToEnd(int width, int height, boolean touch, String screen) {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：小屏评分 " + screen, 1, 1);
        Page expert = signIn(world.expertAccounts().get(0), width, height, touch);
        expert.navigate(url("/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0)));

        // Below 960px the materials are folded away above the form, not lying over it.
        assertThat(expert.locator("#materials-panel")).not().hasAttribute("open", "");
        assertEquals("static", expert.evaluate(
                "() => getComputedStyle(document.querySelector('aside.materials')).position"));
        assertAllReachable(expert, SHEET_CONTROLS, 1 + 15 + 30 + 15 + 1 + 2);
        Chromium.shot(expert, "sheet-" + screen);

        // Opened, they still cover nothing, and show the candidate.
        expert.locator("#materials-panel > summary").click();
        assertThat(expert.locator("#materials-panel")).hasAttribute("open", "");
        assertThat(expert.locator("aside.materials")).containsText(world.candidateNames().get(0));
        assertAllReachable(expert, SHEET_CONTROLS, 1 + 15 + 30 + 15 + 1 + 2);
        expert.locator("#materials-panel > summary").click();

        // +/- by finger: an empty item starts in the middle of the 0–10 scale and moves by the scale's step.
        var lead1 = expert.locator("#score-LEAD1");
        var plus = expert.locator("#score-LEAD1 ~ button.step[data-step='1']");
        var minus = expert.locator("button.step[data-step='-1'][aria-controls='score-LEAD1']");
        tapOrClick(plus, touch);
        assertThat(lead1).hasValue("5");
        tapOrClick(plus, touch);
        assertThat(lead1).hasValue("5.5");
        tapOrClick(minus, touch);
        tapOrClick(minus, touch);
        assertThat(lead1).hasValue("4.5");
        tapOrClick(plus, touch);
        assertThat(lead1).hasValue("5");

        // "8,5" is eight and a half, not 85; leaving the field writes it as the server reads it.
        expert.locator("#score-LEAD2").pressSequentially("8,5");
        assertThat(expert.locator("#score-LEAD2-check")).isHidden();
        expert.locator("#score-LEAD3").focus();
        assertThat(expert.locator("#score-LEAD2")).hasValue("8.5");

        for (String capability : PageFixtures.CAPABILITIES) {
            for (int i = 1; i <= 3; i++) {
                if (!capability.equals("LEAD") || i == 3) {
                    expert.fill("#score-" + capability + i, "8");
                }
            }
        }
        // The mouse wheel over a focused score scrolls the page, it does not change the score.
        expert.locator("#score-PRAC1").focus();
        expert.locator("#score-PRAC1").hover();
        expert.mouse().wheel(0, 300);
        assertThat(expert.locator("#score-PRAC1")).hasValue("8");

        // The bar: 15 of 15, the running total: 8 − 3/15 + 0.5/15 = 7.83.
        assertThat(expert.locator("#filled-count")).hasText("已填 15 / 15 项");
        assertThat(expert.locator("#running-total")).hasText("7.83");
        assertAllReachable(expert, SHEET_CONTROLS, 1 + 15 + 30 + 15 + 1 + 2);

        expert.waitForNavigation(() -> tapOrClick(expert.locator("button[value=save]"), touch));
        assertThat(expert.locator(".flash")).hasText("评分表草稿已保存。");
        assertThat(expert.locator("#score-LEAD2")).hasValue("8.5");
        assertThat(expert.locator("#score-LEAD1")).hasValue("5");

        expert.waitForNavigation(() -> tapOrClick(expert.locator("button[value=submit]"), touch));
        assertTrue(expert.url().endsWith("/confirm"), "submitting asks for confirmation first: " + expert.url());
        assertThat(expert.locator("#confirm-total")).hasText("7.83");
        assertAllReachable(expert, "form.actions a, form.actions button", 2);
        Chromium.shot(expert, "confirm-" + screen);
        expert.waitForNavigation(() -> tapOrClick(expert.locator("form.actions button[type=submit]"), touch));
        assertThat(expert.locator(".flash")).hasText("评分表已提交，现为只读。");
        assertThat(expert.locator("#submitted-total")).hasText("7.83");
        assertThat(expert.locator("button.step")).hasCount(0);
    }

    @Test
    void whatWasTypedSurvivesAnEndedSessionAndIsOfferedBackAfterSigningIn() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：登录过期", 1, 1);
        String account = world.expertAccounts().get(0);
        String sheet = "/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0);
        Page expert = signIn(account, 390, 844, true);
        expert.navigate(url(sheet));

        // The session ends elsewhere (signed out in another tab, through the API, with the same cookie).
        assertEquals(204, expert.context().request().delete(url("/api/session")).status());

        expert.fill("#score-INNO1", "6.5");
        expert.fill("#comment-INNO1", "工艺改进成效明显，但推广范围有限。");
        expert.fill("#overall-comment", "总体扎实。");
        // Autosave is refused (401): the page says what happened and that the input is kept.
        assertThat(expert.locator("#session-expired")).isVisible();
        assertThat(expert.locator("#session-expired")).containsText("登录已过期");
        assertTrue((Boolean) expert.evaluate("(key) => localStorage.getItem(key).includes('工艺改进成效明显')",
                draftKey(account, world)), "the input is kept in the browser");

        // Saving by hand leads to the sign-in page, which says why and brings the expert back to the sheet.
        expert.waitForNavigation(() -> expert.locator("button[value=save]").click());
        assertTrue(expert.url().contains("/login?expired=1&next="), "to the sign-in page: " + expert.url());
        assertThat(expert.locator("#signin-notice")).containsText("登录已过期");
        expert.fill("#username", account);
        expert.fill("#password", PageFixtures.PASSWORD);
        expert.waitForNavigation(() -> expert.click("button[type=submit]"));
        assertTrue(expert.url().endsWith(sheet), "back on the sheet: " + expert.url());

        // The server never got the input; the browser offers it back.
        assertThat(expert.locator("#score-INNO1")).hasValue("");
        assertThat(expert.locator("#draft-offer")).isVisible();
        assertThat(expert.locator("#draft-offer")).containsText("尚未由服务器确认保存的输入");
        Chromium.shot(expert, "sheet-draft-offer");
        expert.locator("#draft-restore").click();
        assertThat(expert.locator("#score-INNO1")).hasValue("6.5");
        assertThat(expert.locator("#comment-INNO1")).hasValue("工艺改进成效明显，但推广范围有限。");
        assertThat(expert.locator("#overall-comment")).hasValue("总体扎实。");
        assertThat(expert.locator("#filled-count")).hasText("已填 1 / 15 项");

        expert.waitForNavigation(() -> expert.locator("button[value=save]").click());
        assertThat(expert.locator(".flash")).hasText("评分表草稿已保存。");
        assertThat(expert.locator("#score-INNO1")).hasValue("6.5");
        assertThat(expert.locator("#comment-INNO1")).hasValue("工艺改进成效明显，但推广范围有限。");
        expert.reload();
        assertThat(expert.locator("#draft-offer")).isHidden();
    }

    @Test
    void aDiscardedDraftIsNotOfferedAgain() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：放弃草稿", 1, 1);
        String account = world.expertAccounts().get(0);
        Page expert = signIn(account, 1366, 900, false);
        expert.navigate(url("/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0)));
        // A copy left from an earlier visit that the server never got.
        expert.evaluate("(key) => localStorage.setItem(key, JSON.stringify({ version: '\"v0\"', content:"
                + " { scores: { LEAD1: '3' }, comments: {}, overall: '' } }))", draftKey(account, world));
        expert.reload();
        assertThat(expert.locator("#draft-offer")).isVisible();
        expert.locator("#draft-discard").click();
        assertThat(expert.locator("#draft-offer")).isHidden();
        assertThat(expert.locator("#score-LEAD1")).hasValue("");
        assertFalse((Boolean) expert.evaluate("(key) => localStorage.getItem(key) !== null",
                draftKey(account, world)), "discarded for good");
        expert.reload();
        assertThat(expert.locator("#draft-offer")).isHidden();
    }

    @Test
    void reloadingAfterAFormErrorDoesNotPostAgainAndAPostUnderWayShowsItIsBusy() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：重新载入", 1, 1);
        String sheet = "/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0);
        Page expert = signIn(world.expertAccounts().get(0), 1366, 900, false);
        expert.navigate(url(sheet));

        // A refused save answers with the page and the error beside the field (a POST response)...
        expert.locator("#score-LEAD1").fill("12");
        Response refused = expert.waitForNavigation(() -> expert.locator("button[value=save]").click());
        assertEquals(400, refused.status());
        assertEquals("POST", refused.request().method());
        assertThat(expert.locator("#score-LEAD1-error")).isVisible();
        // ...and reloading it asks the server for the sheet again rather than posting the form a second time.
        Response reloaded = expert.reload();
        assertEquals("GET", reloaded.request().method(), "the reload is a plain GET");
        assertEquals(200, reloaded.status());
        assertTrue(expert.url().endsWith(sheet), expert.url());

        // While a post is under way its button says so and a second click is ignored. The test's own listener,
        // added after the page's, records what the page did and then holds the post back.
        expert.evaluate("() => { window.seenSubmits = []; document.addEventListener('submit', e => {"
                + " window.seenSubmits.push({ prevented: e.defaultPrevented, busy: e.target.getAttribute('aria-busy'),"
                + " label: e.submitter.textContent.trim() }); e.preventDefault(); }); }");
        expert.locator("button[value=save]").click();
        expert.locator("button[value=save]").click();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seen = (List<Map<String, Object>>) expert.evaluate("() => window.seenSubmits");
        assertEquals(2, seen.size());
        assertEquals(Map.of("prevented", false, "busy", "true", "label", "正在处理…"), seen.get(0));
        assertEquals(true, seen.get(1).get("prevented"), "the second click is not posted");
        assertTrue(pageErrors.isEmpty(), "script errors: " + pageErrors);
    }

    private static String draftKey(String account, PageFixtures.Scoring world) {
        return "craftrank:sheet:" + account + ":" + world.campaign() + ":" + world.candidates().get(0);
    }

    private static void assertAllReachable(Page page, String selector, int expected) {
        @SuppressWarnings("unchecked")
        var result = (java.util.Map<String, Object>) page.evaluate(REACHABLE, selector);
        assertEquals(expected, ((Number) result.get("checked")).intValue(), "elements checked for " + selector);
        assertEquals(List.of(), result.get("covered"), "covered at their centre");
    }

    private static void tapOrClick(com.microsoft.playwright.Locator target, boolean touch) {
        if (touch) {
            target.tap();
        } else {
            target.click();
        }
    }

    private Page signIn(String username, int width, int height, boolean touch) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(width, height).setIsMobile(touch).setHasTouch(touch));
        contexts.add(context);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(username + ": " + error));
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", PageFixtures.PASSWORD);
        page.waitForNavigation(() -> page.click("button[type=submit]"));
        return page;
    }

    private String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }
}
