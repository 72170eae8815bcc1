package org.craftrank.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Axe} on every screen of {@link EveryScreen}, in Chromium with the service's own style sheets and scripts: no serious or critical
 * violation of the WCAG 2.1 A and AA rules. Each screen's HTML is served at a same-origin address by the browser
 * itself (the screens were rendered once, signed in as their role), so the test needs no second sign-in per role.
 * The counts per screen are written to {@code target/axe-scan.txt}.
 */
@QuarkusTest
@Tag(OnceOnly.TAG)
class AccessibilityScanTest {

    private static final String SCREEN_PATH = "__axe-screen";
    /** Three violations axe must report: text at 1.1:1, an image without a text, an input without a label. */
    private static final String CANARY = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>金丝雀</title></head>
            <body><main><h1>金丝雀</h1><p style="color:#eee;background:#fff">几乎看不见的文字</p>
            <img src="/static/none.png"><input type="text" name="x"></main></body></html>""";
    /** True once the service's style sheet has loaded and applies: a page checked unstyled would mislead. */
    private static final String STYLED = """
            () => [...document.styleSheets].some(s => s.href && s.href.endsWith('/static/craftrank.css')
                && s.cssRules.length > 0)""";

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyScreenHasNoSeriousOrCriticalViolation() throws Exception {
        Map<String, EveryScreen.Screen> screens = EveryScreen.all();
        Map<String, List<Axe.Violation>> serious = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        int rulesRun = 0;
        try (Chromium chromium = Chromium.launch()) {
            BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1280, 900).setLocale("zh-CN"));
            Page page = context.newPage();
            String[] current = new String[1];
            page.route("**/" + SCREEN_PATH + "*", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("text/html; charset=UTF-8").setBody(current[0])));
            // The canary: a page with known violations must be caught, or the scan proves nothing.
            current[0] = CANARY;
            page.navigate(base + SCREEN_PATH + "?screen=canary");
            assertEquals(List.of("color-contrast", "image-alt", "label"), Axe.run(page).violations().stream()
                    .map(Axe.Violation::id).sorted().toList(), "axe catches the canary's violations");
            int n = 0;
            for (Map.Entry<String, EveryScreen.Screen> screen : screens.entrySet()) {
                current[0] = screen.getValue().html();
                page.navigate(base + SCREEN_PATH + "?screen=" + n++);
                assertTrue((Boolean) page.evaluate(STYLED), screen.getKey() + " is checked with its style sheet");
                Axe.Result result = Axe.run(page);
                rulesRun += result.rules();
                report.append(screen.getKey()).append(": ").append(result.violations().size())
                        .append(" rules violated\n");
                result.violations().forEach(v -> report.append("    ").append(v).append('\n'));
                if (!result.seriousOrCritical().isEmpty()) {
                    serious.put(screen.getKey(), result.seriousOrCritical());
                }
            }
            context.close();
        }
        report.insert(0, "axe-core on " + screens.size() + " screens, " + rulesRun + " rule checks, "
                + serious.size() + " screens with serious or critical violations\n");
        Path file = Paths.get("target", "axe-scan.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        assertTrue(screens.size() >= 50, "the scan covers every screen (" + screens.size() + ")");
        List<String> findings = new ArrayList<>();
        serious.forEach((screen, found) -> found.forEach(v -> findings.add(screen + ": " + v)));
        assertEquals(List.of(), findings, "serious or critical axe violations (see target/axe-scan.txt)");
    }
}
