package org.craftrank.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking charts at national scale, 270 candidates as in a provincial campaign: the spread chart shows thirty
 * at a time with paging (or all on request), both charts fit their value axis to what they show and say so, the
 * shortlist's places line is drawn in the table and on the chart with a legend entry, and the page keeps to
 * WCAG 2.1 AA (axe-core) with its long tables in scrollable regions.
 */
@QuarkusTest
@Tag(OnceOnly.TAG)
class RankingChartsBrowserTest {

    private static final int CANDIDATES = 270;

    @TestHTTPResource("/")
    URL base;

    @Test
    void theChartsStayReadableWith270Candidates() throws Exception {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("浏览器测试：全国规模排名", CANDIDATES);
        List<String> errors = new ArrayList<>();
        try (Chromium chromium = Chromium.launch()) {
            BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                    .setViewportSize(1366, 900)
                    .setBypassCSP(true)); // lets axe-core be injected; the page's own scripts are files anyway
            Page admin = context.newPage();
            admin.onPageError(errors::add);
            admin.navigate(url("/login"));
            admin.fill("#username", Auth.ADMIN);
            admin.fill("#password", Auth.ADMIN_PASSWORD);
            admin.waitForNavigation(() -> admin.click("button[type=submit]"));
            admin.navigate(url("/secretariat/campaigns/" + world.campaign() + "/ranking"));
            assertThat(admin.locator("#ranking-table tbody tr")).hasCount(CANDIDATES);
            admin.waitForFunction("() => window.craftrankCharts && window.craftrankCharts.spread");

            // The places line: the fixture's shortlist has two places, so the line follows the second row.
            assertThat(admin.locator("#ranking-table tbody tr.cut")).hasCount(1);
            assertEquals(1, ((Number) admin.evaluate("() => Array.from("
                    + "document.querySelectorAll('#ranking-table tbody tr')).findIndex(r => r.classList.contains('cut'))"))
                    .intValue());
            assertThat(admin.locator("#cut-note")).containsText("2 个名额");
            assertEquals(List.of("最低–最高", "专家总分", "汇总得分", "名额线（前 2 名）"), admin.evaluate(
                    "() => Chart.getChart(document.getElementById('spread-chart')).legend.legendItems.map(i => i.text)"));

            // Thirty at a time, every code on the axis, paged forwards and back, or all at once.
            assertEquals(30, spreadLabels(admin).size());
            assertThat(admin.locator("#spread-window")).hasText("第 1–30 名，共 270 名");
            assertThat(admin.locator("#spread-controls button[data-page='-1']")).isDisabled();
            List<String> tableCodes = admin.locator("#spread-data tbody tr").evaluateAll(
                    "rows => rows.map(r => r.dataset.code)") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList() : List.of();
            assertEquals(tableCodes.subList(0, 30), spreadLabels(admin));
            admin.locator("#spread-controls button[data-page='1']").click();
            assertThat(admin.locator("#spread-window")).hasText("第 31–60 名，共 270 名");
            assertEquals(tableCodes.subList(30, 60), spreadLabels(admin));
            admin.locator("#spread-controls button[data-page='-1']").click();
            assertEquals(tableCodes.subList(0, 30), spreadLabels(admin));
            admin.selectOption("#spread-size", "0");
            assertEquals(CANDIDATES, spreadLabels(admin).size());
            assertThat(admin.locator("#spread-window")).hasText("第 1–270 名，共 270 名");
            admin.selectOption("#spread-size", "30");

            // The value axes fit what is shown and say which range they use: 0–10 would crowd the top together.
            double yMin = number(admin, "Chart.getChart(document.getElementById('spread-chart')).scales.y.min");
            double yMax = number(admin, "Chart.getChart(document.getElementById('spread-chart')).scales.y.max");
            assertTrue(yMin > 0 && yMax <= 10 && yMax - yMin < 10, "fitted spread axis " + yMin + "–" + yMax);
            assertThat(admin.locator("#spread-axis")).containsText("纵轴 " + plain(yMin) + "–" + plain(yMax) + " 分");
            double rMin = number(admin, "Chart.getChart(document.getElementById('radar-chart')).scales.r.min");
            assertTrue(rMin > 0, "fitted radar axis from " + rMin);
            assertThat(admin.locator("#radar-axis")).containsText("径向轴 " + plain(rMin) + "–10 分");
            assertEquals(3, ((Number) admin.evaluate("() => Chart.getChart(document.getElementById('radar-chart'))"
                    + ".legend.legendItems.length")).intValue(), "the radar's legend names the compared three");
            admin.locator("section[aria-labelledby=spread-heading]").screenshot(new Locator
                    .ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("ranking-270-spread.png")));
            admin.locator("section[aria-labelledby=radar-heading]").screenshot(new Locator
                    .ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("ranking-270-radar.png")));

            Axe.Result axe = Axe.run(admin);
            assertEquals(List.of(), axe.seriousOrCritical(), "axe on the ranking page with 270 candidates");
            assertEquals(List.of(), errors, "script errors");
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> spreadLabels(Page page) {
        return (List<String>) page.evaluate("() => Chart.getChart(document.getElementById('spread-chart')).data.labels");
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }
}
