package org.craftrank.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The pages in a real, headless Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright; the
 * browser download is skipped, the driver comes inside the Maven jar). A missing Chromium fails these tests
 * rather than skipping them. Screenshots of the main pages are written to {@code target/screenshots/}.
 */
@QuarkusTest
class BrowserPagesTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Chromium is missing at " + CHROMIUM + ": install it (apt-get install -y chromium; .ci/run does)."
                    + " The browser tests must run, so they fail rather than skip.");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void clearErrors() {
        pageErrors.clear();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        assertTrue(pageErrors.isEmpty(), "script errors on the pages: " + pageErrors);
    }

    @Test
    void anExpertScoresACandidateAndTheSecretariatSeesTheProgress() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：评分", 2, 2);
        String expertName = world.expertNames().get(0);

        Page admin = signIn("admin", org.craftrank.testing.Auth.ADMIN_PASSWORD);
        admin.navigate(url("/secretariat/campaigns/" + world.campaign() + "/progress"));
        Locator submittedCell = admin.locator("#expert-progress tr[data-expert='" + expertName + "'] td[data-submitted]");
        assertThat(submittedCell).hasText("0");
        assertThat(admin.locator("#behind-summary")).containsText(expertName);

        Page expert = signIn(world.expertAccounts().get(0), PageFixtures.PASSWORD);
        assertTrue(expert.url().endsWith("/expert/campaigns/" + world.campaign()), "the expert lands on their list");
        assertThat(expert.locator("h1")).hasText("我的评审任务");
        assertThat(expert.locator("#my-progress")).hasAttribute("value", "0");
        shot(expert, "expert-work-list");

        expert.locator("a[href$='/candidates/" + world.candidates().get(0) + "']").click();
        assertThat(expert.locator("h1")).containsText("评分表");
        assertThat(expert.locator(".explain").first()).containsText("在本职岗位上兢兢业业");
        assertThat(expert.locator(".evidence").first()).containsText("工作重要性的证明");
        assertThat(expert.locator("aside.materials")).containsText(world.candidateNames().get(0));

        // Every item at 8, but the first at 12: the page says so at once, and the server refuses it.
        for (String capability : PageFixtures.CAPABILITIES) {
            for (int i = 1; i <= 3; i++) {
                expert.fill("#score-" + capability + i, "8");
            }
        }
        assertThat(expert.locator("#running-total")).hasText("8.00");
        expert.fill("#score-LEAD1", "12");
        assertThat(expert.locator("#score-LEAD1-check")).isVisible();
        assertThat(expert.locator("#score-LEAD1-check")).hasText("须在 0–10 分之间");
        expert.fill("#comment-LEAD1", "承担重大工程任务，作用突出。");
        Response refused = expert.waitForNavigation(() -> expert.click("button[value=save]"));
        assertEquals(400, refused.status());
        assertThat(expert.locator("#score-LEAD1-error")).isVisible();
        assertThat(expert.locator("#score-LEAD1-error")).hasText("须在 0–10 分之间");
        assertThat(expert.locator(".error-summary")).containsText("LEAD1");
        assertThat(expert.locator("#score-LEAD1")).hasValue("12");
        assertThat(expert.locator("#comment-LEAD1")).hasValue("承担重大工程任务，作用突出。");
        shot(expert, "expert-sheet-refused");

        // A control character pasted with copied text: marked beside its field before any post, the text kept.
        expert.fill("#comment-LEAD2", "复制来的\u0007文字");
        expert.click("button[value=save]");
        assertThat(expert.locator("#comment-LEAD2-text-problem"))
                .hasText("这一栏含有不能保存的控制字符（常见于从其他软件复制的文字；只允许制表符和换行），请删除后再提交。");
        assertThat(expert.locator("#comment-LEAD2")).hasAttribute("aria-invalid", "true");
        assertThat(expert.locator("#comment-LEAD2")).hasValue("复制来的\u0007文字");
        assertThat(expert.locator("#score-LEAD1")).hasValue("12");
        expert.fill("#comment-LEAD2", "复制来的文字");
        assertThat(expert.locator("#comment-LEAD2-text-problem")).hasCount(0);

        expert.fill("#score-LEAD1", "9.5");
        expert.waitForNavigation(() -> expert.click("button[value=save]"));
        assertThat(expert.locator(".flash")).hasText("评分表草稿已保存。");
        assertThat(expert.locator("#score-LEAD1")).hasValue("9.5");
        assertThat(expert.locator("#score-LEAD1-error")).hasCount(0);
        // 9.5 on LEAD1 (weight 1/3 of 1/5) lifts the total from 8 by 1.5/15.
        assertThat(expert.locator("#running-total")).hasText("8.10");

        expert.waitForNavigation(() -> expert.click("button[value=submit]"));
        assertTrue(expert.url().endsWith("/confirm"), "submitting asks for confirmation first: " + expert.url());
        assertThat(expert.locator("#confirm-total")).hasText("8.10");
        shot(expert, "expert-confirm");
        expert.waitForNavigation(() -> expert.click("form.actions button[type=submit]"));
        assertThat(expert.locator(".flash")).hasText("评分表已提交，现为只读。");
        assertThat(expert.locator("#score-LEAD1")).hasAttribute("readonly", "");
        assertThat(expert.locator("button[value=save]")).hasCount(0);
        assertThat(expert.locator("#submitted-total")).hasText("8.10");
        shot(expert, "expert-sheet-submitted");

        expert.navigate(url("/expert/campaigns/" + world.campaign()));
        assertThat(expert.locator("#my-progress")).hasAttribute("value", "1");

        admin.reload();
        assertThat(submittedCell).hasText("1");
        shot(admin, "secretariat-progress");
        admin.navigate(url("/secretariat/campaigns/" + world.campaign()));
        assertThat(admin.locator("#next-step")).containsText("还有 3 份评分表未提交");
        shot(admin, "secretariat-overview");
    }

    @Test
    void autosaveKeepsADraftWithoutPressingSave() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：自动保存", 1, 1);
        Page expert = signIn(world.expertAccounts().get(0), PageFixtures.PASSWORD);
        expert.navigate(url("/expert/campaigns/" + world.campaign() + "/candidates/" + world.candidates().get(0)));
        expert.locator("#score-PRAC2").pressSequentially("7.5");
        assertThat(expert.locator("#autosave-status")).containsText("已自动保存");
        expert.reload();
        assertThat(expert.locator("#score-PRAC2")).hasValue("7.5");
        assertThat(expert.locator("h1 .state")).hasText("草稿");
    }

    @Test
    void theSecretariatRankingPageDrawsItsChartsFromTheTablesBesideThem() {
        long campaign = deliberatingCampaign();
        Page admin = signIn("admin", org.craftrank.testing.Auth.ADMIN_PASSWORD);
        admin.navigate(url("/secretariat/campaigns/" + campaign + "/ranking"));
        assertThat(admin.locator("#ranking-table tbody tr")).hasCount(4);
        admin.waitForFunction("() => window.craftrankCharts && window.craftrankCharts.radar");

        assertEquals(3, ((Number) admin.evaluate(
                "() => Chart.getChart(document.getElementById('radar-chart')).data.datasets.length")).intValue(),
                "the top three are compared at first");
        assertTrue((Boolean) admin.evaluate("() => { const c = document.getElementById('radar-chart');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } return false; }"),
                "the radar canvas has something drawn on it");
        assertEquals(4, ((Number) admin.evaluate(
                "() => Chart.getChart(document.getElementById('spread-chart')).data.labels.length")).intValue());
        assertThat(admin.locator("#radar-data tbody tr")).hasCount(4);
        assertThat(admin.locator("#spread-data tbody tr")).hasCount(4);

        // Keyboard: tab to the fourth candidate's box and tick it with the space bar.
        Locator fourth = admin.locator("#radar-data tbody tr").nth(3).locator("input[type=checkbox]");
        fourth.focus();
        admin.keyboard().press("Space");
        assertThat(fourth).isChecked();
        assertEquals(4, ((Number) admin.evaluate(
                "() => Chart.getChart(document.getElementById('radar-chart')).data.datasets.length")).intValue());
        shot(admin, "secretariat-ranking");

        admin.navigate(url("/secretariat/campaigns/" + campaign + "/diagnostics"));
        assertThat(admin.locator("#agreement")).containsText("W");
        shot(admin, "secretariat-diagnostics");
        admin.navigate(url("/secretariat/audit?campaignId=" + campaign));
        assertThat(admin.locator("#audit-log")).containsText("调阅排名");
        shot(admin, "secretariat-audit");
    }

    @Test
    void theCommitteeSeesCodesAndMethodsButNoSecretariatPage() {
        long campaign = deliberatingCampaign();
        String member = PageFixtures.account("COMMITTEE", Map.of("campaignIds", List.of(campaign)));
        Page committee = signIn(member, PageFixtures.PASSWORD);
        assertTrue(committee.url().endsWith("/committee"), "the committee lands on its page: " + committee.url());
        committee.locator("a[href='/committee/campaigns/" + campaign + "/ranking']").click();
        assertThat(committee.locator("#comparison-table tbody tr")).hasCount(4);
        committee.waitForFunction("() => window.craftrankCharts && window.craftrankCharts.radar");
        assertFalse(committee.content().contains("页面测试候选"), "the committee's ranking names nobody");
        shot(committee, "committee-ranking");

        for (String path : List.of("/secretariat", "/secretariat/campaigns/" + campaign + "/ranking",
                "/secretariat/campaigns/" + campaign + "/progress", "/secretariat/audit",
                "/secretariat/campaigns/" + campaign + "/formal-review",
                "/secretariat/campaigns/" + campaign + "/assignments",
                "/secretariat/campaigns/" + campaign + "/shortlist", "/secretariat/campaigns/" + campaign + "/notice")) {
            Response response = committee.navigate(url(path));
            assertEquals(403, response.status(), path);
            assertThat(committee.locator("h1")).hasText("无权访问");
        }
        shot(committee, "committee-forbidden");

        committee.navigate(url("/committee?lang=en"));
        assertThat(committee.locator("h1")).hasText("Committee");
        committee.navigate(url("/committee/campaigns/" + campaign + "/ranking"));
        assertThat(committee.locator("#radar-heading")).hasText("Five capabilities (radar)");
    }

    @Test
    void theSecretariatPreviewsAndCommitsAnAutomaticAssignmentAndOpensTheFormalReview() {
        PageFixtures.Scoring world = PageFixtures.formalReviewCampaign("浏览器测试：自动分配", 4, 3);
        Page admin = signIn("admin", org.craftrank.testing.Auth.ADMIN_PASSWORD);
        admin.navigate(url("/secretariat/campaigns/" + world.campaign() + "/formal-review"));
        assertThat(admin.locator("#review-not-run")).isVisible();
        admin.waitForNavigation(() -> admin.click("#run-review"));
        assertThat(admin.locator(".flash")).hasText("形式审查已运行，结果如下。");
        assertThat(admin.locator("#review-results tbody tr")).hasCount(4);
        assertThat(admin.locator("#review-counts")).containsText("准予进入评分 4 人");
        shot(admin, "secretariat-formal-review");

        admin.navigate(url("/secretariat/campaigns/" + world.campaign() + "/assignments"));
        admin.fill("#auto-reviewsPerCandidate", "2");
        admin.fill("#auto-seed", "11");
        admin.waitForNavigation(() -> admin.click("#auto-preview"));
        assertThat(admin.locator("#preview-counts")).containsText("新增分配 8 条");
        assertThat(admin.locator("#preview-loads")).hasText("每位专家评审 2–3 人。");
        assertThat(admin.locator("#preview-expert-loads tbody tr")).hasCount(3);
        assertThat(admin.locator("#assignments")).hasCount(0);
        shot(admin, "secretariat-auto-assignment-preview");
        admin.waitForNavigation(() -> admin.click("#auto-commit"));
        assertThat(admin.locator(".flash")).hasText("自动分配已保存。");
        assertThat(admin.locator("#assignments tbody tr")).hasCount(8);
        shot(admin, "secretariat-assignments");
    }

    @Test
    void theShortlistPageShowsAProposalWithItsReasons() {
        long campaign = deliberatingCampaign();
        Page admin = signIn("admin", org.craftrank.testing.Auth.ADMIN_PASSWORD);
        admin.navigate(url("/secretariat/campaigns/" + campaign + "/shortlist"));
        assertThat(admin.locator("#no-versions")).isVisible();
        admin.fill("#propose-note", "按得分提出");
        admin.waitForNavigation(() -> admin.click("#propose"));
        assertThat(admin.locator(".flash")).hasText("已生成新的建议名单版本。");
        assertThat(admin.locator("#shown-heading")).hasText("第 1 版");
        assertThat(admin.locator("#selected tbody tr")).hasCount(2);
        assertThat(admin.locator("#selected tbody tr").first()).containsText("按得分入选");
        shot(admin, "secretariat-shortlist");
    }

    @Test
    void aUnitUploadsATableSeesTheBadRowFixesItAndImports() throws Exception {
        long campaign = org.craftrank.testing.Auth.asAdmin().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "浏览器测试：导入", "level", "NATIONAL", "year", 2024, "modelId", "national-2024"))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        String unitName = "浏览器导入测试单位";
        long unit = org.craftrank.testing.Auth.asAdmin().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", unitName, "kind", "PROVINCE", "quota", 5))
                .post("/api/campaigns/" + campaign + "/units").then().statusCode(201).extract().jsonPath().getLong("id");
        PageFixtures.transition(campaign, "NOMINATION");
        String good = ImportFiles.freshId();
        Path folder = Files.createTempDirectory("craftrank-import");
        Path withBadRow = folder.resolve("汇总表.xlsx");
        Files.write(withBadRow, ImportFiles.xlsx(ImportFiles.row("1", "浏览器导入甲", good, unitName),
                ImportFiles.row("2", "浏览器导入乙", ImportFiles.broken(ImportFiles.freshId()), unitName)));
        Path fixed = folder.resolve("汇总表（改）.xlsx");
        Files.write(fixed, ImportFiles.xlsx(ImportFiles.row("1", "浏览器导入甲", good, unitName),
                ImportFiles.row("2", "浏览器导入乙", ImportFiles.freshId(), unitName)));

        Page operator = signIn(PageFixtures.account("UNIT", Map.of("unitId", unit)), PageFixtures.PASSWORD);
        operator.click("#import-link");
        assertThat(operator.locator("h1")).hasText("导入汇总表 · " + unitName);
        assertThat(operator.locator("#f-file")).hasAttribute("accept", ".xlsx,.csv");
        operator.setInputFiles("#f-file", withBadRow);
        Response refused = operator.waitForNavigation(() -> operator.click("#import-upload button[type=submit]"));
        assertEquals(400, refused.status());
        assertThat(operator.locator("#import-problems tbody tr")).hasCount(1);
        assertThat(operator.locator("#import-problems tbody tr th")).hasText("4");
        assertThat(operator.locator("#import-problems tbody tr")).containsText("身份证号无效");
        assertThat(operator.locator("#import-commit")).hasCount(0);
        shot(operator, "unit-import-report");

        operator.setInputFiles("#f-file", fixed);
        operator.waitForNavigation(() -> operator.click("#import-upload button[type=submit]"));
        assertThat(operator.locator("#import-commit button")).hasText("导入 2 名推荐对象");
        operator.waitForNavigation(() -> operator.click("#import-commit button"));
        assertTrue(operator.url().endsWith("/unit/campaigns/" + campaign), "back on the unit's page: " + operator.url());
        assertThat(operator.locator(".flash")).hasText("汇总表已导入，推荐对象已保存。");
        assertThat(operator.locator("#unit-candidates tbody tr")).hasCount(2);
        assertThat(operator.locator("#unit-candidates")).containsText("浏览器导入乙");
        shot(operator, "unit-import-done");
    }

    /** Four candidates, three experts, every sheet submitted with clearly different totals, in DELIBERATION. */
    private long deliberatingCampaign() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("浏览器测试：排名", 4, 3);
        double[] base = {8, 7, 6, 5};
        double[] offset = {0, 0.5, -0.5};
        for (int c = 0; c < 4; c++) {
            for (int e = 0; e < 3; e++) {
                PageFixtures.submit(world.expertAccounts().get(e), world.campaign(), world.candidates().get(c),
                        base[c] + offset[e]);
            }
        }
        PageFixtures.transition(world.campaign(), "DELIBERATION");
        return world.campaign();
    }

    private Page signIn(String username, String password) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 900));
        contexts.add(context);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(username + ": " + error));
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.waitForNavigation(() -> page.click("button[type=submit]"));
        return page;
    }

    private String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
