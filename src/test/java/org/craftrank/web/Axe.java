package org.craftrank.web;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * axe-core, vendored from npm into {@code src/test/resources/axe} (MPL-2.0), run on a page in Chromium against the
 * WCAG 2.1 A and AA rules.
 */
final class Axe {

    private static final String RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations']
              });
              return {
                rules: result.passes.length + result.violations.length + result.incomplete.length,
                violations: result.violations.map(v => ({
                  id: v.id, impact: v.impact,
                  nodes: v.nodes.length,
                  where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')
                }))
              };
            }""";

    private static String script;

    /** One violated rule: its id, impact (minor … critical), how many elements and the first few of them. */
    record Violation(String id, String impact, int elements, String where) {

        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return id + " (" + impact + ", " + elements + " elements): " + where;
        }
    }

    /** The result of one run: how many rules were evaluated, and the violated ones. */
    record Result(int rules, List<Violation> violations) {

        List<Violation> seriousOrCritical() {
            return violations.stream().filter(Violation::seriousOrCritical).toList();
        }
    }

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static Result run(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        Map<String, Object> result = (Map<String, Object>) page.evaluate(RUN);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        return new Result(((Number) result.get("rules")).intValue(), violations.stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"),
                        ((Number) v.get("nodes")).intValue(), (String) v.get("where"))).toList());
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                assertNotNull(in, "axe-core is vendored at src/test/resources/axe/axe.min.js");
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
