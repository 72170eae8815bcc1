package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of every role, and every refusal these fixtures can provoke, read in zh-CN: no English word, no rule
 * code (kebab-case such as {@code has-candidates}) and no API path may show, outside a small allow-list (codes of
 * candidates, units and items such as {@code K7QM2X}, {@code U01}, {@code LEAD1}; file formats; names of people
 * and of statistics). The text read is what a person sees or hears: the text of the page and the attributes read
 * out or shown by the scripts ({@code title}, {@code aria-label}, {@code placeholder}, {@code alt},
 * {@code data-msg-*}); the language switch ({@code lang="en"}) and the signed-in account's name are left out.
 * The screens and findings are written to {@code target/language-scan.txt}.
 */
@QuarkusTest
class LanguageScanTest {

    /**
     * Words allowed on a Chinese page: file formats and a product name (下载 Excel), statistics named after people
     * and their notation (Kendall's W, Spearman, Krippendorff, ICC, df), the solver's name, file types and the units
     * of the upload limit (.xlsx, UTF-8, MiB).
     */
    static final Set<String> ALLOWED_WORDS = Set.of("CSV", "XLSX", "Excel", "ID", "Kendall", "Krippendorff",
            "Spearman", "ICC", "df", "CP", "SAT", "xlsx", "csv", "UTF", "MiB");
    /** Model ids are names of the frozen scoring model, shown as such. */
    static final Set<String> ALLOWED_CODES = Set.of("national-2024", "shanghai-2024", "measures-2025");
    /** Account names (the test accounts and the first administrator) are names, shown where an action is signed. */
    private static final Pattern ACCOUNT = Pattern.compile("(?<![A-Za-z0-9_-])(?:admin|page-(?:expert|unit|committee)-\\d+)(?![A-Za-z0-9_-])");
    /** Six capitals and digits: a candidate's pseudonymous code (K7QM2X, QRLBPD), shown instead of a name. */
    private static final Pattern CANDIDATE_CODE = Pattern.compile("(?<![A-Za-z0-9_])[A-Z0-9]{6}(?![A-Za-z0-9_])");
    /**
     * The audit log shows each change's before and after as recorded (JSON with the API's field names): a record of
     * data, not wording. Worded diffs would need the audit log to know every feature's fields; left out here.
     */
    private static final Pattern AUDIT_DATA = Pattern.compile("(?is)<pre class=\"json\">.*?</pre>");
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z]{2,}(?![A-Za-z0-9_])");
    private static final Pattern KEBAB = Pattern.compile("(?<![A-Za-z0-9_/.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![A-Za-z0-9_-])");
    private static final Pattern API_PATH = Pattern.compile("/api/\\S*");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern OTHER_LANGUAGE = Pattern.compile("(?is)<(a|span|p)\\b[^>]*\\slang=\"en\"[^>]*>.*?</\\1\\s*>");
    private static final Pattern ACCOUNT_NAME = Pattern.compile("(?is)<span class=\"user\">.*?</span>");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "(?i)\\s(?:title|aria-label|placeholder|alt|data-msg-[a-z-]+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private final Map<String, List<String>> screens = new LinkedHashMap<>();

    @Test
    void everyPageAndRefusalReadsInChineseOnly() throws IOException {
        EveryScreen.all().forEach((screen, rendered) -> {
            List<String> found = new ArrayList<>();
            if (rendered.statusProblem() != null) {
                found.add(rendered.statusProblem());
            }
            if (!rendered.html().contains("lang=\"zh-CN\"")) {
                found.add("not a Chinese page");
            }
            found.addAll(findings(rendered.html()));
            screens.put(screen, found);
        });
        report();
        List<String> findings = new ArrayList<>();
        screens.forEach((screen, found) -> found.forEach(f -> findings.add(screen + ": " + f)));
        assertTrue(findings.isEmpty(), findings.size() + " English words, rule codes or API paths on Chinese pages"
                + " (see target/language-scan.txt):\n" + String.join("\n", findings));
    }

    /** The English words, rule codes and API paths a person would read or hear on the page. */
    static List<String> findings(String html) {
        String page = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
        page = OTHER_LANGUAGE.matcher(page).replaceAll(" ");
        page = ACCOUNT_NAME.matcher(page).replaceAll(" ");
        page = AUDIT_DATA.matcher(page).replaceAll(" ");
        StringBuilder read = new StringBuilder();
        Matcher attributes = READ_ATTRIBUTE.matcher(page);
        while (attributes.find()) {
            read.append(' ').append(attributes.group(1));
        }
        read.append(' ').append(TAG.matcher(page).replaceAll(" "));
        String text = read.toString().replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        Set<String> found = new LinkedHashSet<>();
        // Longest first: a name that contains another ("导出测试活动<script>…" holds "测试活动") goes whole.
        for (String name : EveryScreen.campaignNames().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            text = text.replace(name, " ");
        }
        text = ACCOUNT.matcher(text).replaceAll(" ");
        text = CANDIDATE_CODE.matcher(text).replaceAll(" ");
        Matcher api = API_PATH.matcher(text);
        while (api.find()) {
            found.add("API path " + api.group());
        }
        Matcher kebab = KEBAB.matcher(text);
        while (kebab.find()) {
            if (!ALLOWED_CODES.contains(kebab.group())) {
                found.add("rule code " + kebab.group() + " in “" + around(text, kebab.start()) + "”");
            }
        }
        String withoutCodes = KEBAB.matcher(text).replaceAll(" ");
        Matcher word = WORD.matcher(withoutCodes);
        while (word.find()) {
            if (!ALLOWED_WORDS.contains(word.group())) {
                found.add("English “" + word.group() + "” in “" + around(withoutCodes, word.start()) + "”");
            }
        }
        return new ArrayList<>(found);
    }

    private static String around(String text, int at) {
        String bit = text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 40));
        return bit.replaceAll("\\s+", " ").trim();
    }

    private void report() throws IOException {
        StringBuilder out = new StringBuilder("zh-CN language scan: " + screens.size() + " screens, "
                + screens.values().stream().mapToInt(List::size).sum() + " findings\n");
        screens.forEach((screen, found) -> {
            out.append(found.isEmpty() ? "ok   " : "FAIL ").append(screen).append(" (").append(found.size())
                    .append(")\n");
            found.forEach(f -> out.append("       ").append(f).append('\n'));
        });
        Path file = Paths.get("target", "language-scan.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
