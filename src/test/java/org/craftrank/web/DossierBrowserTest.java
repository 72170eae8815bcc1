package org.craftrank.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.craftrank.dossier.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20's browser test, in Debian's Chromium: a unit uploads a PDF into a section of its candidate's dossier on
 * the page (the character counter reacts as a text goes over its limit), an expert assigned to the candidate opens
 * the PDF beside the score form on a phone and on a desktop (PDF.js, vendored, draws the page onto the canvas), and
 * an expert not assigned to the candidate gets 404 for the same file. Few page loads: one campaign, three accounts.
 */
@QuarkusTest
class DossierBrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

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

    @Test
    void aUnitUploadsAPdfAndTheAssignedExpertReadsItBesideTheScoreForm() {
        long campaign = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "浏览器测试：申报材料",
                "level", "NATIONAL", "year", 2024, "modelId", "national-2024")).post("/api/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long unit = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "浏览器测试推荐单位", "kind",
                "PROVINCE", "quota", 5)).post("/api/campaigns/" + campaign + "/units").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        PageFixtures.transition(campaign, "NOMINATION");
        long candidate = asAdmin().contentType(ContentType.JSON).body(PageFixtures.candidate(unit, "浏览器申报甲"))
                .post("/api/campaigns/" + campaign + "/candidates").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String operator = PageFixtures.account("UNIT", Map.of("unitId", unit));

        // The unit: from its list to the dossier, a PDF into 勇挑重担, and a text over its limit.
        try (BrowserContext context = context(1366, 900, false)) {
            Page page = signIn(context, operator);
            page.navigate(url("/unit/campaigns/" + campaign));
            page.waitForNavigation(() -> page.click("#dossier-link-" + candidate));
            page.setInputFiles("#file-LEAD1", new FilePayload("工作重要性证明.pdf", "application/pdf",
                    TestFiles.pdf("Evidence uploaded in the browser")));
            page.waitForNavigation(() -> page.click("#section-LEAD1 form.dossier-upload button[type=submit]"));
            assertThat(page.locator("#dossier-done")).hasText("文件已上传。");
            assertThat(page.locator("#section-LEAD1 .dossier-files")).containsText("工作重要性证明.pdf");
            page.fill("#text-BRKT2_TEXT", "长".repeat(1001));
            assertThat(page.locator("#text-BRKT2_TEXT-count")).hasClass(java.util.regex.Pattern.compile(".*\\bover\\b.*"));
            assertThat(page.locator("#text-BRKT2_TEXT-count .count")).hasText("1001");
            Chromium.shot(page, "dossier-unit");
        }
        List<Long> files = PageFixtures.fileIds(campaign, candidate);
        assertEquals(1, files.size());
        String content = "/api/campaigns/" + campaign + "/candidates/" + candidate + "/dossier/files/" + files.get(0)
                + "/content";

        // Scoring: two experts, only the first assigned to the candidate.
        PageFixtures.transition(campaign, "FORMAL_REVIEW");
        List<String> experts = new ArrayList<>();
        List<Long> expertIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long expert = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "浏览器专家" + i, "employer",
                    "评审大学" + i)).post("/api/campaigns/" + campaign + "/experts").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            expertIds.add(expert);
            experts.add(PageFixtures.account("EXPERT", Map.of("expertId", expert)));
        }
        asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/campaigns/" + campaign + "/formal-review")
                .then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("expertId", expertIds.get(0), "candidateId", candidate))
                .post("/api/campaigns/" + campaign + "/assignments").then().statusCode(201);
        PageFixtures.transition(campaign, "SCORING");

        // The assigned expert, on a phone: the PDF opens in the viewer, which takes the screen, and is drawn.
        try (BrowserContext context = context(390, 844, true)) {
            Page page = signIn(context, experts.get(0));
            page.navigate(url("/expert/campaigns/" + campaign + "/candidates/" + candidate));
            var link = page.locator(".item-evidence a.view-pdf");
            assertThat(link).hasText("工作重要性证明.pdf");
            link.click();
            var viewer = page.locator("#evidence-viewer");
            assertThat(viewer).isVisible();
            assertThat(viewer).hasAttribute("data-rendered", "1",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertEquals("fixed", page.evaluate(
                    "() => getComputedStyle(document.getElementById('evidence-viewer')).position"));
            assertDrawn(page);
            assertThat(page.locator("#viewer-pages")).hasText("1");
            viewportShot(page, "dossier-viewer-phone");
            page.click("#viewer-close");
            assertThat(viewer).isHidden();

            // The same page on a desktop: the viewer sits in the materials column, beside the form.
            page.setViewportSize(1366, 900);
            link.click();
            assertThat(viewer).hasAttribute("data-rendered", "1",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertEquals("static", page.evaluate(
                    "() => getComputedStyle(document.getElementById('evidence-viewer')).position"));
            assertDrawn(page);
            viewportShot(page, "dossier-viewer-desktop");
            // Its download is the expert's watermarked copy.
            assertEquals(200, context.request().get(url(content)).status());
        }

        // The expert not assigned to the candidate: the file is unknown to them.
        try (BrowserContext context = context(1366, 900, false)) {
            signIn(context, experts.get(1));
            assertEquals(404, context.request().get(url(content)).status());
        }
        assertTrue(pageErrors.isEmpty(), "script errors on the pages: " + pageErrors);
    }

    /** The viewer's canvas holds a page with dark pixels (the PDF's text and the watermark) on white. */
    private static void assertDrawn(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) page.evaluate("""
                () => {
                  const c = document.getElementById('viewer-canvas');
                  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let dark = 0, white = 0;
                  for (let i = 0; i < d.length; i += 4) {
                    if (d[i] < 100 && d[i + 1] < 100 && d[i + 2] < 100) dark++;
                    if (d[i] > 240 && d[i + 1] > 240 && d[i + 2] > 240) white++;
                  }
                  return { width: c.width, dark: dark, white: white };
                }""");
        assertTrue(((Number) drawn.get("width")).intValue() > 100, "the canvas has a page's width: " + drawn);
        assertTrue(((Number) drawn.get("dark")).intValue() > 50, "text was drawn: " + drawn);
        assertTrue(((Number) drawn.get("white")).intValue() > ((Number) drawn.get("dark")).intValue(),
                "on a white page: " + drawn);
    }

    /** What the screen shows (not the whole page): the viewer over or beside the form. */
    private static void viewportShot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png")));
    }

    private BrowserContext context(int width, int height, boolean touch) {
        return chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(width, height).setIsMobile(touch).setHasTouch(touch));
    }

    private Page signIn(BrowserContext context, String username) {
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
