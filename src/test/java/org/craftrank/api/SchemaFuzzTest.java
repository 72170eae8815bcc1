package org.craftrank.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: a schema-driven fuzz test. For every JSON API operation of {@code /q/openapi}, hostile requests are
 * generated from the operation's own schema — wrong types, boundary numbers, huge, control-character and
 * lone-surrogate strings, NUL, trailing tokens, deep nesting, wrong media types, hostile path and query
 * parameters — and sent as each role (ADMIN, UNIT, EXPERT, COMMITTEE). Asserted for every case: never a 5xx;
 * every 4xx of the API is problem+json, and a 400/409/412/415/422/428 names a field or a rule; a refused write
 * stores nothing (the audit log's size and the fuzz campaign's counts are unchanged); afterwards the audit API and
 * the campaign's lists still parse. (The fuzz campaign stays before the phases that have exports; the exports of
 * hostile but valid text are {@code HostileTextExportsTest}'s.) The page forms get the same treatment with a
 * valid CSRF double submit ({@link #hostilePageFormsNeverFailTheServerAndRefusedOnesStoreNothing}).
 *
 * <p>Deterministic (fixed seed), bounded (a few cases per operation and role), and it prints the count per
 * operation so it cannot pass vacuously. A seeded generator of our own rather than jqwik: jqwik's properties run
 * on its own JUnit engine, outside the {@code @QuarkusTest} extension that starts the application. Tagged
 * {@code database-independent}, so the PostgreSQL run leaves it to the H2 run (it tests the HTTP layer and the
 * input rules, not the database).
 */
@QuarkusTest
@Tag("database-independent")
class SchemaFuzzTest {

    private static final long SEED = 20261203L;
    /** Cases per operation as ADMIN (who passes the role checks, so reaches the deepest code)… */
    private static final int ADMIN_CASES = 3;
    /** …and as each other role (mostly refused by role or object checks, which must be problem+json too). */
    private static final int OTHER_ROLE_CASES = 1;
    /** Writes every non-ASCII character as a {@code \\uXXXX} escape, so a lone surrogate reaches the server as one. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
    private static final String PASSWORD = "fuzz-test-password";

    private long campaign;
    private long unit;
    private long expert;
    private long candidate;
    private long account;
    private final Map<String, String> sessions = new LinkedHashMap<>();

    @Test
    void hostileRequestsToEveryOperationNeverFailTheServerAndAreRefusedWithProblems() throws Exception {
        fixtures();
        JsonNode doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Integer> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                String route = method + " " + path.getKey();
                if (route.equals("DELETE /api/session")) {
                    continue; // would end the fuzzing sessions; SignInTest covers it
                }
                operations++;
                for (String role : sessions.keySet()) {
                    for (int i = 0; i < (role.equals("ADMIN") ? ADMIN_CASES : OTHER_ROLE_CASES); i++) {
                        runCase(doc, route, method, path.getKey(), op.getValue(), role, random, failures);
                        counts.merge(route, 1, Integer::sum);
                    }
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.forEach((route, n) -> System.out.println("fuzz " + n + " cases  " + route));
        System.out.println("fuzz: " + operations + " operations, " + total + " cases, " + failures.size()
                + " failures (seed " + SEED + ")");
        assertTrue(operations > 50, "the OpenAPI document lists the API's operations: " + operations);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));

        // Everything written survived in a readable form.
        String audit = Auth.asAdmin().get("/api/audit?size=200").then().statusCode(200).extract().asString();
        JSON.readTree(audit);
        Auth.asAdmin().get("/api/audit?campaignId=" + campaign + "&size=200").then().statusCode(200)
                .contentType("application/json");
        Auth.asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().statusCode(200);
        JSON.readTree(Auth.asAdmin().get("/api/campaigns").asString());
    }

    /** The fields the page forms post (from the templates), filled with hostile values in the page-form fuzz. */
    private static final List<String> FORM_FIELDS = List.of("reason", "version", "action", "name", "seed",
            "reviewsPerCandidate", "outcome", "minLoad", "maxLoad", "expertId", "decision", "candidateId", "affinity",
            "to", "summary", "note", "places", "method", "trimCount", "maxPerUnit", "womenCount", "womenShare",
            "youngAgeLimit", "phone", "idNumber", "gender", "employer", "score.LEAD1", "comment.LEAD1",
            "overallComment", "objectionId", "fingerprint", "fixedInclusions", "unitId", "workStart", "token");
    private static final int PAGE_CASES = 4;

    /**
     * The page forms, fuzzed the same way: every POST page route of {@code /q/openapi} gets URL-encoded forms of
     * hostile values (control characters, NUL, bytes that are no UTF-8, 70,000 characters, formula and SQL text)
     * in the fields the templates post, with a valid CSRF double submit (so the form is read), as each role, and
     * with hostile path ids. Asserted: never a 5xx, never a stack trace or class name in the answer, and a refused
     * form (4xx) stores nothing.
     */
    @Test
    void hostilePageFormsNeverFailTheServerAndRefusedOnesStoreNothing() throws Exception {
        fixtures();
        JsonNode doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<String> failures = new ArrayList<>();
        int routes = 0;
        int cases = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode op = path.getValue().path("post");
            if (path.getKey().startsWith("/api/") || path.getKey().startsWith("/q/") || op.isMissingNode()
                    || path.getKey().endsWith("/logout")) {
                continue; // signing out would end the fuzzing sessions; SignInTest covers it
            }
            routes++;
            for (String role : sessions.keySet()) {
                for (int i = 0; i < PAGE_CASES; i++) {
                    runPageCase(path.getKey(), op, role, random, failures);
                    cases++;
                }
            }
        }
        System.out.println("page fuzz: " + routes + " routes, " + cases + " cases, " + failures.size()
                + " failures (seed " + (SEED + 1) + ")");
        assertTrue(routes > 15, "the OpenAPI document lists the page forms: " + routes);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));
    }

    private void runPageCase(String template, JsonNode op, String role, SplittableRandom random,
                             List<String> failures) {
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String name = p.path("name").asText();
                path = path.replace("{" + name + "}", random.nextInt(4) == 0 ? hostilePathValue(random)
                        : String.valueOf(fixtureId(name)));
            }
        }
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        String csrf = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        StringBuilder form = new StringBuilder("csrf-token=").append(csrf);
        int fields = 1 + random.nextInt(4);
        for (int f = 0; f < fields; f++) {
            form.append('&').append(encode(pick(random, FORM_FIELDS.toArray(String[]::new)))).append('=')
                    .append(random.nextInt(5) == 0 ? pick(random, "%ED%A0%80", "%C0%AE", "%FF%FE", "%00")
                            : encodeWhole(hostileString(random)));
        }
        // A refused sign-in is audited by design (LOGIN_FAILED), as for POST /api/session in the API fuzz.
        boolean checkStored = (role.equals("ADMIN") || role.equals("UNIT")) && !template.equals("/login");
        String before = checkStored ? fingerprint() : null;
        Response response;
        try {
            response = given().redirects().follow(false).urlEncodingEnabled(false)
                    .cookie(SessionCookie.NAME, sessions.get(role)).cookie("csrf-token", csrf)
                    .contentType("application/x-www-form-urlencoded").body(form.toString()).post(path);
        } catch (RuntimeException e) {
            failures.add("POST " + template + " as " + role + ": client error " + e);
            return;
        }
        int status = response.statusCode();
        String answer = response.asString();
        String describe = "POST " + path + " as " + role + " " + abbreviate(form.toString()) + " -> " + status;
        if (status >= 500) {
            failures.add(describe + " " + abbreviate(answer));
        } else if (answer.contains("Exception") || answer.contains("\tat ") || answer.contains("org.craftrank.")) {
            failures.add(describe + " shows internals: " + abbreviate(answer));
        } else if (status >= 400 && checkStored && !before.equals(fingerprint())) {
            failures.add(describe + " was refused but changed what is stored");
        }
    }

    /** URL-encodes a whole value (the 600-byte cut of {@link #encode} is for request lines, not form bodies). */
    private static String encodeWhole(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void runCase(JsonNode doc, String route, String method, String template, JsonNode op, String role,
                         SplittableRandom random, List<String> failures) {
        String kind = pick(random, "body", "body", "body", "params", "media", "trailing", "deep");
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String name = p.path("name").asText();
                String value = "params".equals(kind) && random.nextInt(2) == 0 ? hostilePathValue(random)
                        : String.valueOf(fixtureId(name));
                path = path.replace("{" + name + "}", value);
            }
        }
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(false)
                .cookie(SessionCookie.NAME, sessions.get(role));
        for (JsonNode p : op.path("parameters")) {
            if ("query".equals(p.path("in").asText()) && ("params".equals(kind) || random.nextInt(3) == 0)) {
                request = request.queryParam(p.path("name").asText(), encode(hostileScalar(random).toString()));
            }
        }
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        boolean write = !method.equals("GET");
        String body = null;
        String mediaType = "application/json";
        if (write) {
            Object value = schema.isMissingNode() ? Map.of() : generate(doc, schema, random, 0);
            body = write(value);
            switch (kind) {
                case "media" -> mediaType = pick(random, "text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "application/octet-stream", "multipart/form-data; boundary=x");
                case "trailing" -> body = body + pick(random, "}}garbage", " 1", "{}", "\u0000");
                case "deep" -> body = "[".repeat(5000) + "]".repeat(5000);
                default -> {
                }
            }
            // As bytes, so the client sends any media type as it is, without encoding it its own way (a form body
            // only as text: the client's form encoder takes nothing else).
            request = mediaType.startsWith("application/x-www-form-urlencoded")
                    ? request.contentType(mediaType).body(body)
                    : request.contentType(mediaType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // The roles that can write anything in the fuzz campaign (the expert is assigned nothing, the committee's
        // shortlist needs DELIBERATION); the other roles' refused writes are not fingerprinted, to keep the run short.
        boolean checkStored = write && (role.equals("ADMIN") || role.equals("UNIT"));
        String before = checkStored ? fingerprint() : null;
        Response response;
        try {
            response = request.request(method, path);
        } catch (RuntimeException e) {
            failures.add(route + " as " + role + ": client error " + e);
            return;
        }
        int status = response.statusCode();
        String describe = route + " as " + role + " [" + kind + "] " + path + " " + abbreviate(body) + " -> " + status;
        if (status >= 500) {
            failures.add(describe + " " + abbreviate(response.asString()));
            return;
        }
        if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith("application/problem+json")) {
                failures.add(describe + " is not problem+json: " + type);
                return;
            }
            if (List.of(400, 409, 412, 415, 422, 428).contains(status)) {
                var problem = response.jsonPath();
                boolean named = problem.getString("rule") != null
                        || (problem.getList("errors") != null && !problem.getList("errors").isEmpty()
                        && problem.getString("errors[0].field") != null && problem.getString("errors[0].rule") != null);
                if (!named) {
                    failures.add(describe + " names neither a field nor a rule: " + abbreviate(response.asString()));
                }
            }
            // A refused sign-in is audited on purpose (SIGN_IN_FAILED), so the sign-in route is left out here.
            if (checkStored && !route.equals("POST /api/session") && !before.equals(fingerprint())) {
                failures.add(describe + " was refused but changed what is stored");
            }
        }
    }

    /** What a refused write must not change: the audit log's size and the fuzz campaign's counts. */
    private String fingerprint() {
        String audit = Auth.asAdmin().get("/api/audit?size=1").jsonPath().getString("total");
        String counts = Auth.asAdmin().get("/api/campaigns/" + campaign).jsonPath().getString("counts");
        return audit + " " + counts;
    }

    private long fixtureId(String name) {
        return switch (name) {
            case "campaignId" -> campaign;
            case "unitId" -> unit;
            case "expertId" -> expert;
            case "candidateId" -> candidate;
            case "accountId" -> account;
            default -> 1;
        };
    }

    /** Ids no one has, and text where a number belongs. */
    private static String hostilePathValue(SplittableRandom random) {
        return pick(random, "0", "-1", "9223372036854775807", "9223372036854775808", "1.5", "abc", "%00", "%C0%AE",
                "1e3", "%F0%9F%98%80", "%20");
    }

    private Object generate(JsonNode doc, JsonNode schema, SplittableRandom random, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return generate(doc, doc.path("components").path("schemas").path(name), random, depth + 1);
        }
        if (depth > 6 || random.nextInt(5) == 0) {
            return hostileScalar(random);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = p.next();
                    if (random.nextInt(4) != 0) {
                        object.put(property.getKey(), generate(doc, property.getValue(), random, depth + 1));
                    }
                }
                if (random.nextInt(8) == 0) {
                    object.put("unknownField" + random.nextInt(100), hostileScalar(random));
                }
                yield object;
            }
            case "array" -> {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    list.add(generate(doc, schema.path("items"), random, depth + 1));
                }
                yield list;
            }
            case "integer", "number" -> random.nextInt(3) == 0 ? hostileScalar(random) : hostileNumber(random);
            case "boolean" -> random.nextInt(2) == 0 ? true : hostileScalar(random);
            default -> schema.has("enum") && random.nextInt(3) == 0
                    ? schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText()
                    : hostileString(random);
        };
    }

    private static Object hostileNumber(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Integer.MAX_VALUE;
            case 3 -> Long.MIN_VALUE;
            case 4 -> new java.math.BigInteger("92233720368547758080");
            case 5 -> 2.9;
            case 6 -> new java.math.BigDecimal("5.0000000000000000000001");
            case 7 -> -0.0;
            case 8 -> new java.math.BigDecimal("1e400");
            default -> random.nextInt(1000);
        };
    }

    private static String hostileString(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "张\u0000三";
            case 3 -> "\ud800";
            case 4 -> "a\udc00b";
            case 5 -> "x".repeat(70_000);
            case 6 -> "铁".repeat(3000);
            case 7 -> "\u0007\u001b[31m";
            case 8 -> "=cmd|' /C calc'!A0";
            case 9 -> "\u202e\u200b😀";
            case 10 -> "'; drop table campaign; --";
            default -> "正常文字" + random.nextInt(1000);
        };
    }

    private static Object hostileScalar(SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0 -> hostileString(random);
            case 1 -> hostileNumber(random);
            case 2 -> random.nextBoolean();
            case 3 -> List.of(hostileString(random));
            case 4 -> Map.of("nested", hostileString(random));
            case 5 -> "12345";
            default -> 12345;
        };
    }

    /** The value written raw: {@code null} stays JSON null, lone surrogates stay escaped as {@code \ud800}. */
    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        // Within the HTTP layer's 4 KiB request line: a longer one is Vert.x's 414, before the application.
        return out.length() > 600 ? out.substring(0, 600).replaceFirst("%[0-9A-F]?$", "") : out.toString();
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** A campaign in NOMINATION with a unit, a candidate and an expert, and one account per role bound to them. */
    private void fixtures() {
        long[] ids = Api.nominatingCampaign(50);
        campaign = ids[0];
        unit = ids[1];
        candidate = Api.nominate(campaign, unit);
        expert = Api.createExpert(campaign, "模糊测试专家", "示例大学");
        String tag = "fuzz" + campaign;
        account = Api.post("/api/accounts", Map.of("username", tag + "-target", "displayName", "模糊测试目标",
                "role", "COMMITTEE", "campaignIds", List.of(campaign), "password", PASSWORD)).statusCode(201)
                .extract().jsonPath().getLong("id");
        sessions.put("ADMIN", Auth.signIn(Auth.ADMIN, Auth.ADMIN_PASSWORD));
        Map<String, Map<String, Object>> roles = new LinkedHashMap<>();
        roles.put("UNIT", Map.of("role", "UNIT", "unitId", unit));
        roles.put("EXPERT", Map.of("role", "EXPERT", "expertId", expert));
        roles.put("COMMITTEE", Map.of("role", "COMMITTEE", "campaignIds", List.of(campaign)));
        roles.forEach((role, binding) -> {
            Map<String, Object> body = new LinkedHashMap<>(binding);
            body.put("username", tag + "-" + role.toLowerCase());
            body.put("displayName", "模糊测试" + role);
            body.put("password", PASSWORD);
            Api.post("/api/accounts", body).statusCode(201);
            sessions.put(role, Auth.signIn(tag + "-" + role.toLowerCase(), PASSWORD));
        });
        assertEquals(4, sessions.size());
    }
}
