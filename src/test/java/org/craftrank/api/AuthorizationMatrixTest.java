package org.craftrank.api;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.craftrank.unit.RecommendingUnitRepository;
import org.craftrank.unit.UnitListStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.craftrank.api.Api.candidate;
import static org.craftrank.api.Api.createExpert;
import static org.craftrank.api.Api.createNationalCampaign;
import static org.craftrank.api.Api.createUnit;
import static org.craftrank.api.Api.transition;
import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every route of the OpenAPI document, called by every role on its own objects, on objects of its campaign
 * that are not its own, and on objects of a campaign it has no part in, against the policy table in
 * {@code security/authorization-policy.txt}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String POLICY = "/security/authorization-policy.txt";
    private static final List<String> ROLES = List.of("ANONYMOUS", "ADMIN", "UNIT", "EXPERT", "COMMITTEE");
    /** The token dimension: an ADMIN API token scoped to one campaign (policy rows for routes without one). */
    private static final String SCOPED_ADMIN_TOKEN = "ADMIN_TOKEN";
    private static final List<String> SCOPES = List.of("own", "unassigned", "other");
    private static final String PASSWORD = "matrix-password-1";
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String IMPORT = "POST /api/campaigns/{campaignId}/candidates/import";
    /** Page forms that upload a file (multipart/form-data). */
    private static final Set<String> MULTIPART_FORMS = Set.of("POST /unit/campaigns/{campaignId}/import",
            "POST /secretariat/campaigns/{campaignId}/import",
            "POST /unit/campaigns/{campaignId}/candidates/{candidateId}/dossier/sections/{section}/files",
            "POST /unit/campaigns/{campaignId}/candidates/{candidateId}/dossier/files/{fileId}/replace",
            "POST /secretariat/campaigns/{campaignId}/candidates/{candidateId}/dossier/sections/{section}/files",
            "POST /secretariat/campaigns/{campaignId}/candidates/{candidateId}/dossier/files/{fileId}/replace");
    private static final String DECISION = "POST /api/campaigns/{campaignId}/formal-review/{candidateId}/decision";

    /** Expected statuses of one route for one role, by scope ("own" only for routes without object ids). */
    record Rule(String route, String role, Map<String, Integer> expected) {
    }

    @Test
    void everyRouteHasAPolicyRowForEveryRoleAndNoRowIsStale() throws IOException {
        Set<String> routes = openApiRoutes();
        Map<String, Map<String, Rule>> policy = policy();
        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            for (String role : ROLES) {
                if (!policy.getOrDefault(route, Map.of()).containsKey(role)) {
                    problems.add("no policy row for " + route + " as " + role);
                }
            }
        }
        for (String route : policy.keySet()) {
            if (!routes.contains(route)) {
                problems.add("policy row for a route the API does not have: " + route);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(routes.size() >= 40, "the OpenAPI document lists " + routes.size() + " routes");
    }

    @Test
    void everyRoleGetsExactlyWhatThePolicySays() throws IOException {
        World world = new World();
        Map<String, Map<String, Rule>> policy = policy();
        Set<String> routes = openApiRoutes();
        List<String> mismatches = new ArrayList<>();
        int allowed = 0;
        int denied = 0;
        int expectedCases = 0;
        for (String route : routes) {
            for (String role : ROLES) {
                Rule rule = policy.getOrDefault(route, Map.of()).get(role);
                if (rule == null) {
                    mismatches.add(route + " as " + role + ": no policy row");
                    continue;
                }
                for (Map.Entry<String, Integer> e : rule.expected().entrySet()) {
                    expectedCases++;
                    int actual = world.call(route, role, e.getKey());
                    if (actual != e.getValue()) {
                        mismatches.add(route + " as " + role + " on " + e.getKey() + ": expected " + e.getValue()
                                + ", got " + actual);
                    }
                    if (actual == 401 || actual == 403 || actual == 404) {
                        denied++;
                    } else if (actual < 400 || (actual == 400 && route.startsWith("GET "))
                            || (actual == 400 && route.equals("POST /api/session/password"))) {
                        // A GET answered 400 got past every access check and was refused for a missing required
                        // query parameter (ranking/robustness without ?places=): allowed, as far as access goes.
                        // So did a change of one's own password refused for the wrong current password (the
                        // matrix never sends the right one, so no account's password moves).
                        allowed++;
                    }
                }
            }
        }
        // The token dimension: an ADMIN API token scoped to one campaign, on every route.
        int tokenCases = 0;
        int tokenRefusals = 0;
        for (String route : routes) {
            Integer expected = scopedTokenExpectation(route, policy, mismatches);
            if (expected == null) {
                continue;
            }
            tokenCases++;
            int actual = world.callWithScopedAdminToken(route);
            if (actual == 403 || actual == 404) {
                tokenRefusals++;
            }
            if (actual != expected) {
                mismatches.add(route + " as " + SCOPED_ADMIN_TOKEN + ": expected " + expected + ", got " + actual);
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
        assertEquals(routes.size(), tokenCases, "every route ran with a scoped token");
        assertTrue(tokenRefusals >= routes.size() - 5, "scoped-token refusals: " + tokenRefusals);
        // Non-vacuity: the matrix really ran, and really exercised both sides of the rules.
        assertEquals(expectedCases, allowed + denied + world.csrfRefusals, "every case ran and was classified");
        assertTrue(allowed >= 90, "allowed cases that ran: " + allowed);
        assertTrue(denied >= 250, "denied cases that ran: " + denied);
        assertTrue(world.csrfRefusals >= 10, "form posts refused for a missing CSRF token: " + world.csrfRefusals);
    }

    /**
     * The token dimension for every role: each route as UNIT, EXPERT and COMMITTEE through a token scoped to the
     * account's campaign, and as ADMIN through an unscoped token. A scoped token gets what its account's session
     * gets on its own campaign; on a route for another campaign it gets 404 (or the 403 its role gets there); on a
     * global route what its role gets, narrowed like {@value #SCOPED_ADMIN_TOKEN} (403 unless the route keeps to
     * the caller's campaigns), unless a {@code <ROLE>_TOKEN} row says otherwise. An unscoped ADMIN token gets what
     * the admin's session gets, unless an {@code ADMIN_UNSCOPED_TOKEN} row says otherwise.
     */
    @Test
    void everyRoleGetsThroughItsTokensWhatThePolicySays() throws IOException {
        World world = new World();
        Map<String, Map<String, Rule>> policy = policy();
        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        int reached = 0;
        int outOfScope = 0;
        for (String route : openApiRoutes()) {
            Map<String, Rule> rows = policy.getOrDefault(route, Map.of());
            for (String role : List.of("UNIT", "EXPERT", "COMMITTEE", "ADMIN")) {
                Rule session = rows.get(role);
                if (session == null) {
                    continue; // reported by everyRouteHasAPolicyRowForEveryRoleAndNoRowIsStale
                }
                String kind = role.equals("ADMIN") ? "ADMIN_UNSCOPED_TOKEN" : role + "_TOKEN";
                world.via = role.equals("ADMIN") ? "unscoped" : "scoped";
                for (Map.Entry<String, Integer> e : session.expected().entrySet()) {
                    int actual = world.call(route, role, e.getKey());
                    cases++;
                    Rule row = rows.get(kind);
                    Integer expected;
                    if (row != null) {
                        expected = row.expected().get(e.getKey());
                    } else if (role.equals("ADMIN")) {
                        expected = e.getValue();
                    } else if (world.lastCampaign != null) {
                        boolean own = world.lastCampaign.equals(world.tokenCampaignOf(world.lastUsername));
                        expected = own || e.getValue() == 403 ? e.getValue() : 404;
                        if (own) {
                            reached++;
                        } else {
                            outOfScope++;
                        }
                    } else {
                        Rule admin = rows.get(SCOPED_ADMIN_TOKEN);
                        expected = e.getValue() == 403 || admin == null ? e.getValue() : admin.expected().get("own");
                    }
                    if (expected == null || actual != expected) {
                        mismatches.add(route + " as " + kind + " on " + e.getKey() + ": expected " + expected
                                + ", got " + actual);
                    }
                }
            }
        }
        world.via = "session";
        System.out.println("token dimension: " + cases + " cases, " + reached + " on the token's campaign, "
                + outOfScope + " on another");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
        assertTrue(reached >= 40, "scoped-token calls on the token's own campaign: " + reached);
        assertTrue(outOfScope >= 40, "scoped-token calls on another campaign: " + outOfScope);
    }

    /**
     * What an ADMIN token scoped to one campaign gets. A route with a campaign in its path, called for another
     * campaign than the token's: 404 (or the 403 the role already gets there). A route without one: its
     * {@value #SCOPED_ADMIN_TOKEN} row of the policy file (403 unless the route keeps to the caller's campaigns).
     */
    private static Integer scopedTokenExpectation(String route, Map<String, Map<String, Rule>> policy,
                                                  List<String> problems) {
        Map<String, Rule> rows = policy.getOrDefault(route, Map.of());
        if (route.contains("{campaignId}")) {
            if (rows.containsKey(SCOPED_ADMIN_TOKEN)) {
                problems.add(route + ": a " + SCOPED_ADMIN_TOKEN + " row for a campaign route (they follow one rule)");
            }
            Rule admin = rows.get("ADMIN");
            return admin != null && admin.expected().get("own") == 403 ? 403 : 404;
        }
        Rule rule = rows.get(SCOPED_ADMIN_TOKEN);
        if (rule == null) {
            problems.add("no " + SCOPED_ADMIN_TOKEN + " policy row for the global route " + route);
            return null;
        }
        return rule.expected().get("own");
    }

    private static Set<String> openApiRoutes() {
        JsonPath doc = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> routes.add(m.toUpperCase() + " " + path)));
        return routes;
    }

    private static Map<String, Map<String, Rule>> policy() throws IOException {
        Map<String, Map<String, Rule>> rules = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(POLICY)) {
            if (in == null) {
                fail("missing " + POLICY);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                String route = f[0] + " " + f[1];
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 3; i < f.length; i++) {
                    expected.put(SCOPES.get(i - 3), Integer.parseInt(f[i]));
                }
                Rule previous = rules.computeIfAbsent(route, k -> new LinkedHashMap<>())
                        .put(f[2], new Rule(route, f[2], expected));
                if (previous != null) {
                    fail("two policy rows for " + route + " as " + f[2]);
                }
            }
        }
        return rules;
    }

    /**
     * Two campaigns in NOMINATION. Campaign A: units U1 (the UNIT account's) and U2, candidates C1 (of U1) and
     * C2 (of U2), experts E1 (the EXPERT account's) and E2; the COMMITTEE account sits on A. Campaign B, with
     * U3, C3 and E3, is nobody's but the admin's. Routes that change or remove objects get fresh ones.
     */
    static final class World {
        final long campaignA = createNationalCampaign();
        final long campaignB = createNationalCampaign();
        final long u1 = createUnit(campaignA, "矩阵单位一", 100);
        final long u2 = createUnit(campaignA, "矩阵单位二", 100);
        final long u3 = createUnit(campaignB, "矩阵单位三", 100);
        final Map<Long, String> unitNames = Map.of(u1, "矩阵单位一", u2, "矩阵单位二", u3, "矩阵单位三");
        final long e1 = createExpert(campaignA, "专家一");
        final long e2 = createExpert(campaignA, "专家二");
        final long e3 = createExpert(campaignB, "专家三");
        final Map<Long, Long> unitOfCandidate = new HashMap<>();
        final long c1;
        final long c2;
        final long c3;
        final long committeeAccount;
        final long targetAccount;
        final Map<String, String> usernames = new HashMap<>();
        /** The account the sign-in routes sign in as (one per world: each test builds its own). */
        final String loginName;
        int csrfRefusals;
        /** Campaigns in SCORING for the scoring routes: S (the expert's) and S2 (another). */
        final Scoring s = new Scoring();
        final Scoring s2 = new Scoring();
        /**
         * Campaigns in DELIBERATION for the ranking and shortlist routes, each with proposal version 1: D (a
         * committee account's) and D2 (nobody's). A, A2: approved (adopted version 1). P, P2: in PUBLIC_NOTICE.
         */
        final long d = deliberatingCampaign();
        final long d2 = deliberatingCampaign();
        final long a = approvedCampaign();
        final long a2 = approvedCampaign();
        final long p = noticeCampaign();
        final long p2 = noticeCampaign();

        World() {
            transition(campaignA, "NOMINATION").statusCode(200);
            transition(campaignB, "NOMINATION").statusCode(200);
            c1 = nominate(u1, campaignA);
            c2 = nominate(u2, campaignA);
            c3 = nominate(u3, campaignB);
            usernames.put("UNIT", account("UNIT", Map.of("unitId", u1)));
            usernames.put("EXPERT", account("EXPERT", Map.of("expertId", e1)));
            String committee = account("COMMITTEE", Map.of("campaignIds", List.of(campaignA)));
            usernames.put("COMMITTEE", committee);
            committeeAccount = accountId(committee);
            targetAccount = accountId(account("COMMITTEE", Map.of("campaignIds", List.of(campaignA))));
            account("ADMIN", Map.of());
            loginName = accountNamed("matrix-login-" + SEQ.incrementAndGet(), "COMMITTEE", Map.of());
            usernames.put("EXPERT_SCORING", accountNamed("matrix-scorer-" + SEQ.incrementAndGet(), "EXPERT",
                    Map.of("expertId", s.ownExpert)));
            usernames.put("COMMITTEE_RANKING", account("COMMITTEE", Map.of("campaignIds", List.of(d))));
        }

        /** How {@link #call} authenticates: "session" (cookie), "scoped" (the account's campaign-scoped token) or
         *  "unscoped" (an ADMIN token issued without a campaign). */
        String via = "session";
        /** The campaign in the last call's path (null for a global route), and the account it ran as. */
        Long lastCampaign;
        String lastUsername;
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Long> tokenCampaigns = new HashMap<>();
        private String unscopedAdminToken;

        /** The account's token, scoped to the first campaign it has a part in (issued once). */
        String tokenFor(String username) {
            return tokens.computeIfAbsent(username, u -> {
                long id = accountId(u);
                for (long c : List.of(campaignA, campaignB, s.campaign, s2.campaign, d, d2, a, a2, p, p2)) {
                    var response = Api.post("/api/tokens", Map.of("accountId", id, "campaignId", c,
                            "label", "矩阵令牌", "validForDays", 1)).extract();
                    if (response.statusCode() == 201) {
                        tokenCampaigns.put(u, c);
                        return response.jsonPath().getString("token");
                    }
                }
                throw new AssertionError("account " + u + " has no campaign to scope a token to");
            });
        }

        Long tokenCampaignOf(String username) {
            return tokenCampaigns.get(username);
        }

        String unscopedAdminToken() {
            if (unscopedAdminToken == null) {
                unscopedAdminToken = Api.post("/api/tokens", Map.of("accountId", accountId(Auth.ADMIN),
                        "label", "矩阵全局令牌", "validForDays", 1)).statusCode(201).extract().jsonPath()
                        .getString("token");
            }
            return unscopedAdminToken;
        }

        /** An ADMIN token scoped to a campaign no route's fixtures use, so every campaign in a path is another. */
        private String scopedAdminToken;

        int callWithScopedAdminToken(String route) {
            if (scopedAdminToken == null) {
                long own = createNationalCampaign();
                long admin = accountId(Auth.ADMIN);
                scopedAdminToken = Api.post("/api/tokens", Map.of("accountId", admin, "campaignId", own,
                        "label", "矩阵范围令牌", "validForDays", 1)).statusCode(201).extract().jsonPath()
                        .getString("token");
            }
            return call(route, SCOPED_ADMIN_TOKEN, "own");
        }

        private static void listStatus(Long unitId, UnitListStatus status) {
            QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                    .instance(RecommendingUnitRepository.class).get().update("listStatus = ?1 where id = ?2", status, unitId));
        }

        int call(String route, String role, String scope) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            RequestSpecification request = credentials(role, route).redirects().follow(false);
            Map<String, Long> ids = new HashMap<>();
            Matcher m = PARAM.matcher(template);
            StringBuilder path = new StringBuilder();
            lastCampaign = null;
            while (m.find()) {
                String value = String.valueOf(resolve(m.group(1), route, scope, ids, role));
                if (m.group(1).equals("campaignId")) {
                    lastCampaign = Long.valueOf(value);
                }
                m.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            m.appendTail(path);
            if (route.equals(IMPORT)) {
                // The unit an import is for: a UNIT operator may name only its own.
                path.append("?unitId=").append(unitFor(scope));
            }
            Object body = body(route, scope, ids, role);
            if (isDossierRoute(route) && route.contains(" /api/") && route.contains("/files")
                    && !method.equals("GET") && !method.equals("DELETE")) {
                // An API upload: multipart with the CSRF double submit (header = cookie), as an API client sends it.
                String token = CSRF_TOKEN;
                request = request.cookie("csrf-token", token).header("X-CSRF-TOKEN", token)
                        .multiPart("file", "matrix.pdf", uniquePdf(), "application/pdf");
            } else if (MULTIPART_FORMS.contains(route)) {
                // An upload form as a browser would post it, but without the CSRF token of a page we served.
                request = request.multiPart("file", "matrix.csv", "姓名\r\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv").multiPart("lang", "zh");
            } else if (isFormPost(route)) {
                // A form as a browser would post it, but without the CSRF token of a page we served.
                request = request.contentType(ContentType.URLENC);
                Map<?, ?> fields = body == null ? Map.of() : (Map<?, ?>) body;
                for (Map.Entry<?, ?> field : fields.entrySet()) {
                    request = request.formParam(String.valueOf(field.getKey()), field.getValue());
                }
                if (fields.isEmpty()) {
                    request = request.formParam("lang", "zh");
                }
            } else if (body instanceof byte[] file) {
                request = request.contentType("text/csv").body(file);
            } else if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
            if (route.equals("PUT /api/campaigns/{campaignId}/sheets/{candidateId}")) {
                // A draft's PUT replaces it, so it needs If-Match (428 without); "*" is whatever is stored.
                request = request.header("If-Match", "*");
            }
            boolean listRoute = route.startsWith("POST /api/campaigns/{campaignId}/units/{unitId}/");
            if (listRoute) {
                // 上报 needs an open list, 退回 a submitted one: set the unit's list so, whatever ran before.
                listStatus(ids.get("unitId"), route.endsWith("/return") ? UnitListStatus.SUBMITTED : UnitListStatus.OPEN);
            }
            int status = request.request(method, path.toString()).statusCode();
            if (listRoute) {
                // leave the unit's list open, so the unit's other routes are not refused as list-submitted
                listStatus(ids.get("unitId"), UnitListStatus.OPEN);
            }
            if (status == 400 && isFormPost(route) && !role.equals(SCOPED_ADMIN_TOKEN) && via.equals("session")) {
                csrfRefusals++;
            }
            return status;
        }

        private RequestSpecification credentials(String role, String route) {
            if (role.equals("ANONYMOUS")) {
                return given();
            }
            if (role.equals(SCOPED_ADMIN_TOKEN)) {
                return given().header("Authorization", "Bearer " + scopedAdminToken);
            }
            String username = role.equals("ADMIN") ? Auth.ADMIN
                    : role.equals("EXPERT") && (isScoringRoute(route) || isDossierRoute(route))
                    ? usernames.get("EXPERT_SCORING")
                    : role.equals("COMMITTEE") && isDeliberationRoute(route) ? usernames.get("COMMITTEE_RANKING")
                    : usernames.get(role);
            lastUsername = username;
            if (via.equals("unscoped")) {
                return given().header("Authorization", "Bearer " + unscopedAdminToken());
            }
            if (via.equals("scoped")) {
                return given().header("Authorization", "Bearer " + tokenFor(username));
            }
            String password = role.equals("ADMIN") ? Auth.ADMIN_PASSWORD : PASSWORD;
            // Signing out must not end the session the remaining cases use.
            String session = route.equals("DELETE /api/session") ? Auth.signIn(username, password)
                    : Auth.session(username, password);
            return given().cookie(SessionCookie.NAME, session);
        }

        private Object resolve(String param, String route, String scope, Map<String, Long> ids, String role) {
            if (param.equals("modelId")) {
                return "national-2024";
            }
            boolean fresh = route.startsWith("DELETE");
            if (isDeliberationRoute(route)) {
                return resolveDeliberation(param, route, scope, role.equals("ADMIN"));
            }
            if (isScoringRoute(route)) {
                return resolveScoring(param, route, scope.equals("other") ? s2 : s, scope, role.equals("ADMIN"));
            }
            if (isDossierRoute(route)) {
                return resolveDossier(param, route, scope, role, ids);
            }
            long campaign = scope.equals("other") ? campaignB : campaignA;
            boolean admin = role.equals("ADMIN");
            long id = switch (param) {
                case "campaignId" -> route.equals("POST /api/campaigns/{campaignId}/transitions")
                        ? freshDraftCampaignWithUnit()
                        : admin && route.equals("POST /api/campaigns/{campaignId}/units/quota-table")
                        ? createNationalCampaign()
                        : admin && route.equals("POST /api/campaigns/{campaignId}/formal-review")
                        ? freshReviewedCampaign()[0]
                        : admin && route.equals(DECISION) ? stash(ids, freshReviewedCampaign())
                        : campaign;
                case "unitId" -> fresh ? createUnit(campaign, "矩阵临时单位" + SEQ.incrementAndGet(), 5)
                        : unitFor(scope);
                case "candidateId" -> ids.containsKey("reviewedCandidate") ? ids.get("reviewedCandidate")
                        : fresh ? nominate(unitFor(scope), campaign)
                        : switch (scope) {
                            case "own" -> c1;
                            case "unassigned" -> c2;
                            default -> c3;
                        };
                case "expertId" -> fresh ? createExpert(campaign, "临时专家" + SEQ.incrementAndGet())
                        : switch (scope) {
                            case "own" -> e1;
                            case "unassigned" -> e2;
                            default -> e3;
                        };
                case "accountId" -> targetAccount;
                case "tokenId" -> freshToken();
                default -> throw new AssertionError("no fixture for path parameter " + param + " of " + route);
            };
            ids.put(param, id);
            return id;
        }

        private Object body(String route, String scope, Map<String, Long> ids, String role) {
            int n = SEQ.incrementAndGet();
            return switch (route) {
                case "POST /api/campaigns" -> Map.of("name", "矩阵新活动", "level", "NATIONAL", "year", 2024,
                        "modelId", "national-2024");
                case "PUT /api/campaigns/{campaignId}" -> Map.of("name", "测试活动", "year", 2024);
                case "POST /api/campaigns/{campaignId}/transitions" -> Map.of("to", "NOMINATION");
                case "POST /api/campaigns/{campaignId}/units" -> Map.of("name", "矩阵新单位" + n, "kind", "PROVINCE",
                        "quota", 5);
                case "PUT /api/campaigns/{campaignId}/units/{unitId}" -> Map.of("name",
                        unitNames.get(ids.get("unitId")), "kind", "PROVINCE", "quota", 100);
                case "POST /api/campaigns/{campaignId}/candidates" -> candidate(unitFor(scope));
                case "PUT /api/campaigns/{campaignId}/candidates/{candidateId}" ->
                        candidate(unitOfCandidate.get(ids.get("candidateId")));
                case "POST /api/campaigns/{campaignId}/candidates/{candidateId}/personal-data/reveal" ->
                        Map.of("reason", "授权矩阵测试");
                case "POST /api/campaigns/{campaignId}/experts", "PUT /api/campaigns/{campaignId}/experts/{expertId}" ->
                        Map.of("name", "矩阵专家" + n, "employer", "示例大学");
                case "POST /api/accounts" -> Map.of("username", "matrix-new-" + n, "displayName", "新账号",
                        "role", "COMMITTEE");
                case "PUT /api/accounts/{accountId}" -> Map.of("displayName", "矩阵目标账号", "enabled", true);
                case "POST /api/accounts/{accountId}/password" -> Map.of();
                case "POST /api/tokens" -> Map.of("accountId", committeeAccount, "campaignId", campaignA,
                        "label", "矩阵令牌", "validForDays", 30);
                case "POST /api/session" -> Map.of("username", loginName, "password", PASSWORD);
                case "PUT /api/campaigns/{campaignId}/candidates/{candidateId}/dossier/sections/{section}/text" ->
                        Map.of("text", "矩阵测试文字" + n);
                case "POST /login" -> Map.of("username", loginName, "password", PASSWORD);
                case "POST /logout" -> Map.of();
                case "POST /api/campaigns/{campaignId}/assignments" -> {
                    Scoring in = scope.equals("other") ? s2 : s;
                    yield Map.of("expertId", in.otherExpert, "candidateId", take(in.pool, role.equals("ADMIN")));
                }
                // R = 1: only candidates nobody reviews yet get an expert, so the other fixtures stay as they are
                case "POST /api/campaigns/{campaignId}/assignments/auto/preview",
                        "POST /api/campaigns/{campaignId}/assignments/auto" -> Map.of("reviewsPerCandidate", 1);
                case "POST /api/campaigns/{campaignId}/my/conflicts" -> Map.of("candidateId", switch (scope) {
                    case "own" -> s.declarable;
                    case "unassigned" -> s.othersCandidate;
                    default -> s2.ownCandidate;
                }, "reason", "矩阵测试回避");
                case "PUT /api/campaigns/{campaignId}/sheets/{candidateId}" -> Api.fullSheet(6);
                case "POST /api/campaigns/{campaignId}/sheets/{candidateId}/submit" -> Api.fullSheet(7);
                case "POST /api/campaigns/{campaignId}/experts/{expertId}/sheets/{candidateId}/reopen" ->
                        Map.of("reason", "矩阵测试重开");
                case "PUT /api/campaigns/{campaignId}/shortlist/rules" -> Map.of("maxPerUnit", 5);
                case "POST /api/campaigns/{campaignId}/shortlist/proposals" -> Map.of();
                case "POST /api/campaigns/{campaignId}/shortlist/proposals/{version}/adopt" ->
                        Map.of("reason", "矩阵审定");
                case "POST /api/campaigns/{campaignId}/shortlist/identities" -> Map.of("reason", "矩阵核对");
                case "POST /api/campaigns/{campaignId}/objections" ->
                        Map.of("code", listedCode(scope.equals("other") ? p2 : p), "summary", "矩阵异议");
                case "POST /api/campaigns/{campaignId}/objections/{objectionId}/decision" ->
                        Map.of("outcome", "DISMISSED", "reason", "矩阵驳回");
                case "POST /api/campaigns/{campaignId}/units/quota-table" -> Map.of("table", "national-2024");
                case "POST /api/campaigns/{campaignId}/units/{unitId}/return" -> Map.of("reason", "矩阵退回");
                case "POST /api/campaigns/{campaignId}/units/{unitId}/submission" -> Map.of();
                // a wrong current password: the change is refused (400), so no account's password moves
                case "POST /api/session/password", "POST /account/password" -> Map.of("currentPassword",
                        "not-the-password", "newPassword", "matrix-new-password", "repeatPassword", "matrix-new-password");
                case IMPORT -> ("姓名,性别,工作单位,推荐单位\r\n矩阵导入,男,示例公司," + unitNames.get(unitFor(scope)) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8);
                case "POST /api/campaigns/{campaignId}/formal-review" -> Map.of();
                case DECISION -> Map.of("decision", "CONFIRMED", "reason", "矩阵测试确认");
                default -> null;
            };
        }

        /** The scoring API and the expert's pages, which work on the same campaigns in SCORING. */
        private static boolean isScoringRoute(String route) {
            return route.contains("/assignments") || route.contains("/conflicts") || route.contains("/progress")
                    || route.contains("/my/") || route.contains("/sheets/") || route.contains(" /expert/");
        }

        /** The dossier API: campaign A for units and the secretariat, the scoring campaigns for experts. */
        private static boolean isDossierRoute(String route) {
            return route.contains("/dossier");
        }

        /**
         * Dossier fixtures. An EXPERT reads in the scoring campaigns (own: the candidate assigned to them, with a
         * file uploaded during nomination). Everybody else works in campaign A (B for "other"); a write that may
         * succeed gets a fresh candidate (and a fresh file), so sections never fill up.
         */
        private Object resolveDossier(String param, String route, String scope, String role, Map<String, Long> ids) {
            boolean write = !route.startsWith("GET");
            if (role.equals("EXPERT")) {
                Scoring in = scope.equals("other") ? s2 : s;
                long candidate = scope.equals("unassigned") ? in.othersCandidate : in.ownCandidate;
                return switch (param) {
                    case "campaignId" -> in.campaign;
                    case "candidateId" -> candidate;
                    case "fileId" -> in.files.get(candidate);
                    case "section" -> route.endsWith("/text") ? "BRKT2_TEXT" : "LEAD1";
                    default -> throw new AssertionError("no dossier fixture for " + param + " of " + route);
                };
            }
            long campaign = scope.equals("other") ? campaignB : campaignA;
            return switch (param) {
                case "campaignId" -> campaign;
                case "candidateId" -> {
                    long c = write ? nominate(unitFor(scope), campaign) : switch (scope) {
                        case "own" -> c1;
                        case "unassigned" -> c2;
                        default -> c3;
                    };
                    ids.put("candidateId", c);
                    yield c;
                }
                case "fileId" -> write ? uploadAsAdmin(campaign, ids.get("candidateId"))
                        : readableFiles.computeIfAbsent(ids.get("candidateId"),
                        c -> uploadAsAdmin(campaign, c));
                case "section" -> route.endsWith("/text") ? "BRKT2_TEXT" : "LEAD1";
                default -> throw new AssertionError("no dossier fixture for " + param + " of " + route);
            };
        }

        private final Map<Long, Long> readableFiles = new HashMap<>();

        /** Routes of the ranking, the shortlist and the notice: they need campaigns from DELIBERATION on. */
        private static boolean isDeliberationRoute(String route) {
            return route.contains("/ranking") || route.contains("/diagnostics") || route.contains("/shortlist")
                    || route.contains("/notice") || route.contains("/objections");
        }

        private Object resolveDeliberation(String param, String route, String scope, boolean admin) {
            boolean other = scope.equals("other");
            return switch (param) {
                case "campaignId" -> {
                    if (route.endsWith("/adopt")) {
                        // Adoption moves the campaign on: the admin gets a fresh one each time.
                        yield admin ? deliberatingCampaign() : (other ? d2 : d);
                    }
                    if (route.contains("/objections") || route.startsWith("GET /notice/")) {
                        yield other ? p2 : p;
                    }
                    if (route.contains("/identities") || route.contains("/notice")) {
                        yield other ? a2 : a;
                    }
                    yield other ? d2 : d;
                }
                case "version", "other" -> 1;
                case "objectionId" -> objection(other ? p2 : p);
                default -> throw new AssertionError("no fixture for " + param + " of " + route);
            };
        }

        /** HTML forms: the sign-in forms and every POST of a page (paths outside /api). */
        private static boolean isFormPost(String route) {
            return route.startsWith("POST /") && !route.startsWith("POST /api/");
        }

        /** Only the role that may change things uses up a fixture; refused callers can point at any of them. */
        private static long take(List<Long> fixtures, boolean consume) {
            return consume ? fixtures.remove(0) : fixtures.get(0);
        }

        private Object resolveScoring(String param, String route, Scoring in, String scope, boolean admin) {
            return switch (param) {
                case "campaignId" -> in.campaign;
                case "assignmentId" -> admin ? Api.assign(in.campaign, in.otherExpert, in.pool.remove(0))
                        : in.ownAssignment;
                case "expertId" -> in.otherExpert;
                case "candidateId" -> {
                    if (route.endsWith("/reopen")) {
                        yield take(in.submitted, admin);
                    }
                    if (scope.equals("unassigned")) {
                        yield in.othersCandidate;
                    }
                    yield route.endsWith("/submit") ? in.ownSubmittable : in.ownCandidate;
                }
                default -> throw new AssertionError("no scoring fixture for " + param + " of " + route);
            };
        }

        private long unitFor(String scope) {
            return switch (scope) {
                case "own" -> u1;
                case "unassigned" -> u2;
                default -> u3;
            };
        }

        /**
         * A campaign in SCORING. ownExpert (the scoring EXPERT account's record) is assigned ownCandidate,
         * ownSubmittable and declarable; otherExpert is assigned othersCandidate and has submitted sheets for the
         * candidates in {@code submitted}; {@code pool} holds candidates assigned to nobody.
         */
        final class Scoring {
            final long campaign = createNationalCampaign();
            final long unit = createUnit(campaign, "评分单位", 100);
            final long ownExpert = Api.createExpert(campaign, "评分专家", "示例大学");
            final long otherExpert = Api.createExpert(campaign, "另一专家", "示例学院");
            final long ownCandidate;
            final long ownSubmittable;
            final long declarable;
            final long othersCandidate;
            final long ownAssignment;
            final List<Long> submitted = new ArrayList<>();
            final List<Long> pool = new ArrayList<>();
            /** A dossier file of ownCandidate and of othersCandidate, uploaded during nomination. */
            final Map<Long, Long> files = new HashMap<>();

            Scoring() {
                transition(campaign, "NOMINATION").statusCode(200);
                ownCandidate = Api.nominate(campaign, unit);
                ownSubmittable = Api.nominate(campaign, unit);
                declarable = Api.nominate(campaign, unit);
                othersCandidate = Api.nominate(campaign, unit);
                files.put(ownCandidate, uploadAsAdmin(campaign, ownCandidate));
                files.put(othersCandidate, uploadAsAdmin(campaign, othersCandidate));
                for (int i = 0; i < 3; i++) {
                    submitted.add(Api.nominate(campaign, unit));
                }
                for (int i = 0; i < 8; i++) {
                    pool.add(Api.nominate(campaign, unit));
                }
                transition(campaign, "FORMAL_REVIEW").statusCode(200);
                Api.runFormalReview(campaign);
                ownAssignment = Api.assign(campaign, ownExpert, ownCandidate);
                for (long c : List.of(ownSubmittable, declarable)) {
                    Api.assign(campaign, ownExpert, c);
                }
                Api.assign(campaign, otherExpert, othersCandidate);
                for (long c : submitted) {
                    Api.assign(campaign, otherExpert, c);
                }
                transition(campaign, "SCORING").statusCode(200);
                String other = Api.expertAccount(otherExpert);
                for (long c : submitted) {
                    Auth.as(other, Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(8))
                            .post("/api/campaigns/" + campaign + "/sheets/" + c + "/submit").then().statusCode(200);
                }
            }
        }

        private long nominate(long unitId, long campaignId) {
            long id = Api.post("/api/campaigns/" + campaignId + "/candidates", candidate(unitId)).statusCode(201)
                    .extract().jsonPath().getLong("id");
            unitOfCandidate.put(id, unitId);
            return id;
        }

        /** A dossier file (a small PDF of its own bytes) uploaded by the secretariat into LEAD1; returns its id. */
        private static long uploadAsAdmin(long campaign, long candidate) {
            String token = CSRF_TOKEN;
            return asAdmin().cookie("csrf-token", token).header("X-CSRF-TOKEN", token)
                    .multiPart("file", "matrix.pdf", uniquePdf(), "application/pdf")
                    .post("/api/campaigns/" + campaign + "/candidates/" + candidate + "/dossier/sections/LEAD1/files")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }

        /** A CSRF double-submit token of the size the filter expects (16 bytes, Base64url). */
        private static final String CSRF_TOKEN = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("matrix-csrf-tok!".getBytes(StandardCharsets.US_ASCII));

        private static byte[] uniquePdf() {
            return org.craftrank.dossier.TestFiles.pdf("matrix " + SEQ.incrementAndGet() + " " + System.nanoTime());
        }

        /** A campaign with one submitted sheet, moved on to DELIBERATION, with shortlist proposal version 1. */
        private long deliberatingCampaign() {
            long campaign = createNationalCampaign();
            Api.put("/api/campaigns/" + campaign, Map.of("name", "评议活动", "year", 2024, "shortlistSize", 1))
                    .statusCode(200);
            long unit = createUnit(campaign, "评议单位", 10);
            transition(campaign, "NOMINATION").statusCode(200);
            long candidate = Api.nominate(campaign, unit);
            transition(campaign, "FORMAL_REVIEW").statusCode(200);
            Api.runFormalReview(campaign);
            long expert = Api.createExpert(campaign, "评议专家", "评议大学");
            Api.assign(campaign, expert, candidate);
            transition(campaign, "SCORING").statusCode(200);
            Auth.as(Api.expertAccount(expert), Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(8))
                    .post("/api/campaigns/" + campaign + "/sheets/" + candidate + "/submit").then().statusCode(200);
            transition(campaign, "DELIBERATION").statusCode(200);
            Api.post("/api/campaigns/" + campaign + "/shortlist/proposals", Map.of()).statusCode(201);
            return campaign;
        }

        private long approvedCampaign() {
            long campaign = deliberatingCampaign();
            Api.post("/api/campaigns/" + campaign + "/shortlist/proposals/1/adopt", Map.of("reason", "审定"))
                    .statusCode(200);
            return campaign;
        }

        private long noticeCampaign() {
            long campaign = approvedCampaign();
            transition(campaign, "PUBLIC_NOTICE").statusCode(200);
            return campaign;
        }

        /** The code of the one listed candidate of a campaign in PUBLIC_NOTICE. */
        private static String listedCode(long campaign) {
            return asAdmin().get("/api/campaigns/" + campaign + "/shortlist/proposals/1").then().statusCode(200)
                    .extract().jsonPath().getString("result.selected[0].code");
        }

        /** A fresh open objection in a campaign in PUBLIC_NOTICE. */
        private static long objection(long campaign) {
            return Api.post("/api/campaigns/" + campaign + "/objections",
                    Map.of("code", listedCode(campaign), "summary", "待裁定")).statusCode(201).extract().jsonPath()
                    .getLong("id");
        }

        /** A campaign in FORMAL_REVIEW with one candidate, reviewed; returns {campaignId, candidateId}. */
        private long[] freshReviewedCampaign() {
            long id = createNationalCampaign();
            long unit = createUnit(id, "矩阵审查单位", 3);
            transition(id, "NOMINATION").statusCode(200);
            long candidate = Api.nominate(id, unit);
            transition(id, "FORMAL_REVIEW").statusCode(200);
            Api.runFormalReview(id);
            return new long[]{id, candidate};
        }

        /** Keeps the reviewed candidate for the candidateId parameter that follows; returns the campaign. */
        private static long stash(Map<String, Long> ids, long[] reviewed) {
            ids.put("reviewedCandidate", reviewed[1]);
            return reviewed[0];
        }

        private long freshDraftCampaignWithUnit() {
            long id = createNationalCampaign();
            createUnit(id, "矩阵草稿单位", 3);
            return id;
        }

        private long freshToken() {
            return Api.post("/api/tokens", Map.of("accountId", committeeAccount, "campaignId", campaignA,
                    "label", "待吊销", "validForDays", 1)).statusCode(201).extract().jsonPath().getLong("id");
        }

        private String account(String role, Map<String, Object> binding) {
            return accountNamed("matrix-" + role.toLowerCase() + "-" + SEQ.incrementAndGet(), role, binding);
        }

        private String accountNamed(String username, String role, Map<String, Object> binding) {
            Map<String, Object> body = new HashMap<>(binding);
            body.put("username", username);
            body.put("displayName", "矩阵 " + role);
            body.put("role", role);
            body.put("password", PASSWORD);
            Api.post("/api/accounts", body).statusCode(201);
            return username;
        }

        private long accountId(String username) {
            return asAdmin().get("/api/accounts").then().statusCode(200).extract().jsonPath()
                    .getLong("find { it.username == '" + username + "' }.id");
        }
    }
}
