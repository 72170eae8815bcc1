import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The operations scripts' client (run as a single source file, with the packaged application's libraries on the
 * class path for Jackson and the JDBC drivers): seeds a scoring campaign over the API, submits score sheets
 * concurrently through one or more instances, checks the stored sheets over JDBC, and writes a canonical export
 * of the whole database for the backup check. Not part of the service.
 *
 * <pre>
 * seed URL ADMIN_PASSWORD CANDIDATES EXPERTS STATE_FILE
 * submit STATE_FILE ACK_FILE THREADS URL[,URL…] [RACE_EVERY]
 * signin URL USER PASSWORD
 * restored URL USER PASSWORD
 * cookie URL_A URL_B ADMIN_PASSWORD
 * ranking URL ADMIN_PASSWORD CAMPAIGN OUT_FILE [--deliberate]
 * verify JDBC_URL USER PASSWORD STATE_FILE ACK_FILE
 * export JDBC_URL USER PASSWORD OUT_FILE
 * </pre>
 */
public class OpsClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "ops-expert-password";
    static final List<String> CAPABILITIES = List.of("LEAD", "PRAC", "INNO", "BRKT", "INHR");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "submit" -> submit(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), List.of(args[4].split(",")),
                    args.length > 5 ? Integer.parseInt(args[5]) : 0);
            case "signin" -> login(args[1], args[2], args[3]);
            case "restored" -> restored(args[1], args[2], args[3]);
            case "cookie" -> cookie(args[1], args[2], args[3]);
            case "ranking" -> ranking(args[1], args[2], Long.parseLong(args[3]), Path.of(args[4]),
                    args.length > 5 && args[5].equals("--deliberate"));
            case "verify" -> verify(args[1], args[2], args[3], Path.of(args[4]), Path.of(args[5]));
            case "export" -> export(args[1], args[2], args[3], Path.of(args[4]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ------------------------------------------------------------------------------------------ HTTP helpers

    /** One signed-in user on one instance. */
    record Session(String base, String cookie) {
        HttpResponse<String> send(String method, String path, Object body, Map<String, String> headers) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                headers.forEach(request::header);
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
                }
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        JsonNode call(String method, String path, Object body, int expected) {
            HttpResponse<String> response = send(method, path, body, Map.of());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            try {
                return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Session login(String base, String username, String password) {
        HttpResponse<String> response = new Session(base, null).send("POST", "/api/session",
                Map.of("username", username, "password", password), Map.of());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + " at " + base + ": " + response.statusCode());
        }
        String cookie = response.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("craftrank_session=")).findFirst().orElseThrow();
        return new Session(base, cookie.substring(0, cookie.indexOf(';')));
    }

    // ------------------------------------------------------------------------------------------ seed

    /** A campaign in SCORING: one unit, CANDIDATES candidates, EXPERTS experts each assigned every candidate. */
    static void seed(String base, String adminPassword, int candidates, int experts, Path state) throws IOException {
        Session admin = login(base, "admin", adminPassword);
        long campaign = admin.call("POST", "/api/campaigns", Map.of("name", "运维测试活动", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024"), 201).get("id").asLong();
        String c = "/api/campaigns/" + campaign;
        long unit = admin.call("POST", c + "/units", Map.of("name", "运维测试单位", "kind", "PROVINCE",
                "quota", candidates), 201).get("id").asLong();
        admin.call("POST", c + "/transitions", Map.of("to", "NOMINATION"), 200);
        List<Long> candidateIds = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            candidateIds.add(admin.call("POST", c + "/candidates", candidate(unit, i), 201).get("id").asLong());
        }
        ArrayNode expertNodes = JSON.createArrayNode();
        for (int i = 0; i < experts; i++) {
            long expert = admin.call("POST", c + "/experts", Map.of("name", "专家" + i, "employer", "评审单位" + i), 201)
                    .get("id").asLong();
            String username = "ops-c" + campaign + "-e" + i;
            admin.call("POST", "/api/accounts", Map.of("username", username, "displayName", "专家" + i,
                    "role", "EXPERT", "expertId", expert, "password", PASSWORD), 201);
            expertNodes.addObject().put("id", expert).put("username", username);
        }
        admin.call("POST", c + "/transitions", Map.of("to", "FORMAL_REVIEW"), 200);
        admin.call("POST", c + "/formal-review", Map.of(), 200);
        admin.call("POST", c + "/assignments/auto", Map.of("allEligibleExperts", true), 200);
        admin.call("POST", c + "/transitions", Map.of("to", "SCORING"), 200);
        ObjectNode out = JSON.createObjectNode().put("campaign", campaign);
        out.putPOJO("candidates", candidateIds);
        out.set("experts", expertNodes);
        Files.writeString(state, JSON.writeValueAsString(out));
        System.out.printf("seeded campaign %d: %d candidates x %d experts = %d sheets to submit%n", campaign,
                candidates, experts, candidates * experts);
    }

    static Map<String, Object> candidate(long unit, int i) {
        String first17 = String.format("320102%04d0615%03d", 1970 + i / 1000 % 30, i % 1000);
        String id = first17 + checkChar(first17);
        Map<String, Object> body = new HashMap<>();
        body.put("recommendingUnitId", unit);
        body.put("name", "候选人" + i);
        body.put("gender", i % 2 == 0 ? "MALE" : "FEMALE");
        body.put("birthYearMonth", id.substring(6, 10) + "-" + id.substring(10, 12));
        body.put("idNumber", id);
        body.put("employer", "运维示例公司" + i);
        body.put("position", "班组成员");
        body.put("industry", "制造业");
        body.put("trade", "数控装调维修工");
        body.put("skillLevel", "高级技师");
        body.put("workStart", "2007-07");
        body.put("shopFloorYears", 10);
        body.put("phone", String.format("139%08d", i));
        body.put("referees", List.of(
                Map.of("name", "李四", "employer", "甲公司", "title", "首席技师"),
                Map.of("name", "王五", "employer", "乙公司", "title", "首席技师"),
                Map.of("name", "赵六", "employer", "丙公司", "title", "首席技师")));
        body.put("recommendationReason", "长期扎根一线。");
        body.put("oneLineReason", "扎根一线的数控工匠");
        return body;
    }

    /** GB 11643 check character (ISO 7064 MOD 11-2). */
    static char checkChar(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    // ------------------------------------------------------------------------------------------ submit

    /** The score every (expert, candidate, item) gets: deterministic, on the 0.5 step, varied. */
    static double score(long expert, long candidate, int item) {
        return ((expert * 7 + candidate * 3 + item * 5) % 21) * 0.5;
    }

    static Map<String, Object> sheet(long expert, long candidate) {
        Map<String, Object> items = new TreeMap<>();
        int n = 0;
        for (String capability : CAPABILITIES) {
            for (int i = 1; i <= 3; i++) {
                items.put(capability + i, Map.of("score", score(expert, candidate, n++)));
            }
        }
        return Map.of("items", items);
    }

    record Pair(long campaign, long expert, String username, long candidate) {
        String key() {
            return expert + "-" + candidate;
        }
    }

    static List<Pair> pairs(JsonNode state) {
        List<Pair> pairs = new ArrayList<>();
        long campaign = state.get("campaign").asLong();
        for (JsonNode candidate : state.get("candidates")) {
            for (JsonNode expert : state.get("experts")) {
                pairs.add(new Pair(campaign, expert.get("id").asLong(), expert.get("username").asText(),
                        candidate.asLong()));
            }
        }
        return pairs;
    }

    static Set<String> acknowledged(Path acks) throws IOException {
        return Files.exists(acks) ? new HashSet<>(Files.readAllLines(acks)) : new HashSet<>();
    }

    /**
     * Submits every pair not yet acknowledged, THREADS at a time, round-robin over the instances. A pair is written
     * to ACK_FILE (flushed) only after a 200. Stops after 30 consecutive connection failures (the server was
     * killed). With RACE_EVERY = k > 0, every k-th pair is submitted at the same moment through two instances with
     * different idempotency keys: exactly one may win.
     */
    static void submit(Path statePath, Path acksPath, int threads, List<String> urls, int raceEvery) throws Exception {
        JsonNode state = JSON.readTree(statePath.toFile());
        Set<String> done = acknowledged(acksPath);
        List<Pair> todo = pairs(state).stream().filter(p -> !done.contains(p.key())).toList();
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        AtomicInteger acked = new AtomicInteger(), refused = new AtomicInteger(), failures = new AtomicInteger();
        AtomicInteger consecutiveFailures = new AtomicInteger(), bothWon = new AtomicInteger(), races = new AtomicInteger();
        AtomicLong latencyNanos = new AtomicLong();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (PrintWriter ackOut = new PrintWriter(Files.newBufferedWriter(acksPath, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < todo.size() && consecutiveFailures.get() < 30) {
                        Pair pair = todo.get(i);
                        String url = urls.get(i % urls.size());
                        String path = "/api/campaigns/" + pair.campaign() + "/sheets/" + pair.candidate() + "/submit";
                        try {
                            Session session = sessions.computeIfAbsent(pair.username() + "@" + url,
                                    k -> login(url, pair.username(), PASSWORD));
                            long t0 = System.nanoTime();
                            int status;
                            if (raceEvery > 0 && urls.size() > 1 && i % raceEvery == 0) {
                                status = race(pair, path, urls, sessions, bothWon);
                                races.incrementAndGet();
                            } else {
                                status = session.send("POST", path, sheet(pair.expert(), pair.candidate()),
                                        Map.of("Idempotency-Key", "ops-" + pair.key())).statusCode();
                            }
                            latencyNanos.addAndGet(System.nanoTime() - t0);
                            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            consecutiveFailures.set(0);
                            if (status == 200) {
                                synchronized (ackOut) {
                                    ackOut.println(pair.key());
                                    ackOut.flush();
                                }
                                acked.incrementAndGet();
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            if (failures.incrementAndGet() == 1) {
                                System.out.println("first failure: " + e);
                            }
                            consecutiveFailures.incrementAndGet();
                            sessions.keySet().removeIf(k -> k.endsWith("@" + url));
                            sleep(100);
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = acked.get() + refused.get();
        System.out.printf("submitted %d (acknowledged %d, refused %d, connection failures %d) in %.1f s = %.0f/s, "
                        + "mean latency %.1f ms, statuses %s, races %d (both won: %d, losers answered %s), pending before %d%n",
                total, acked.get(), refused.get(), failures.get(), seconds, total / seconds,
                total == 0 ? 0 : latencyNanos.get() / 1e6 / total, statuses, races.get(), bothWon.get(), RACE_LOSERS, todo.size());
        if (bothWon.get() > 0) {
            System.exit(3);
        }
    }

    /** The same sheet through two instances at once, with different idempotency keys: one 200, one refusal. */
    static int race(Pair pair, String path, List<String> urls, Map<String, Session> sessions, AtomicInteger bothWon) {
        List<Session> two = new ArrayList<>();
        for (String url : urls.subList(0, 2)) {
            two.add(sessions.computeIfAbsent(pair.username() + "@" + url, k -> login(url, pair.username(), PASSWORD)));
        }
        var a = java.util.concurrent.CompletableFuture.supplyAsync(() -> two.get(0).send("POST", path,
                sheet(pair.expert(), pair.candidate()), Map.of("Idempotency-Key", "ops-a-" + pair.key())).statusCode());
        var b = java.util.concurrent.CompletableFuture.supplyAsync(() -> two.get(1).send("POST", path,
                sheet(pair.expert(), pair.candidate()), Map.of("Idempotency-Key", "ops-b-" + pair.key())).statusCode());
        int sa = a.join(), sb = b.join();
        if (sa == 200 && sb == 200) {
            bothWon.incrementAndGet();
        } else if (sa == 200 || sb == 200) {
            RACE_LOSERS.computeIfAbsent(sa == 200 ? sb : sa, s -> new AtomicInteger()).incrementAndGet();
        }
        return sa == 200 || sb == 200 ? 200 : Math.max(sa, sb);
    }

    /** How the losing side of each race was answered (409 sheet-submitted, 412 stale version…). */
    static final Map<Integer, AtomicInteger> RACE_LOSERS = new ConcurrentHashMap<>();

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------ cookie, ranking

    /** A session cookie from instance A works on B, and signing out on B ends it on A. */
    static void cookie(String a, String b, String adminPassword) {
        Session onA = login(a, "admin", adminPassword);
        Session onB = new Session(b, onA.cookie());
        JsonNode me = onB.call("GET", "/api/session", null, 200);
        System.out.println("cookie from A accepted by B as " + me.get("username").asText());
        onB.call("DELETE", "/api/session", null, 204);
        int after = onA.send("GET", "/api/session", null, Map.of()).statusCode();
        if (after != 401) {
            throw new IllegalStateException("after signing out on B, A answers " + after);
        }
        System.out.println("signed out on B: A refuses the cookie (401)");
    }

    /** The service on a restored database: its campaigns are there and an ID number decrypts with the key. */
    static void restored(String base, String user, String password) {
        Session admin = login(base, user, password);
        JsonNode campaigns = admin.call("GET", "/api/campaigns", null, 200);
        long campaign = campaigns.get(0).get("id").asLong();
        long candidate = admin.call("GET", "/api/campaigns/" + campaign + "/candidates", null, 200)
                .get("items").get(0).get("id").asLong();
        String id = admin.call("POST", "/api/campaigns/" + campaign + "/candidates/" + candidate
                + "/personal-data/reveal", Map.of("reason", "恢复演练核对"), 200).get("idNumber").asText();
        if (campaigns.size() < 2 || id.length() != 18) {
            throw new IllegalStateException(campaigns.size() + " campaigns, ID number of length " + id.length());
        }
        System.out.println("restored service: " + campaigns.size() + " campaigns, an ID number decrypts");
    }

    static void ranking(String base, String adminPassword, long campaign, Path out, boolean deliberate) throws IOException {
        Session admin = login(base, "admin", adminPassword);
        if (deliberate) {
            admin.call("POST", "/api/campaigns/" + campaign + "/transitions", Map.of("to", "DELIBERATION"), 200);
        }
        JsonNode ranking = admin.call("GET", "/api/campaigns/" + campaign + "/ranking", null, 200);
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ranking));
        System.out.printf("ranking of campaign %d from %s: %d entries%n", campaign, base, ranking.get("entries").size());
    }

    // ------------------------------------------------------------------------------------------ verify (JDBC)

    /**
     * Over JDBC, with the service stopped or running: every acknowledged pair has a SUBMITTED sheet holding
     * exactly the scores sent; every submitted sheet's stored capability totals and total equal the means of
     * its items (equal weights in the 2024 model); one SHEET_SUBMITTED audit row per submitted sheet.
     */
    static void verify(String jdbc, String user, String password, Path statePath, Path acksPath) throws Exception {
        JsonNode state = JSON.readTree(statePath.toFile());
        long campaign = state.get("campaign").asLong();
        Set<String> acks = acknowledged(acksPath);
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> items = new HashMap<>();
        Map<String, Long> sheetIds = new HashMap<>();
        Map<Long, String> statusOf = new HashMap<>();
        Map<Long, BigDecimal> totalOf = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> capabilityTotals = new HashMap<>();
        long audits;
        try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id, expert_id, candidate_id, status, total from score_sheet "
                    + "where campaign_id = " + campaign)) {
                while (rs.next()) {
                    String key = rs.getLong(2) + "-" + rs.getLong(3);
                    if (sheetIds.put(key, rs.getLong(1)) != null) {
                        problems.add("two sheets for " + key);
                    }
                    statusOf.put(rs.getLong(1), rs.getString(4));
                    totalOf.put(rs.getLong(1), rs.getBigDecimal(5));
                }
            }
            try (ResultSet rs = st.executeQuery("select i.sheet_id, i.item_code, i.score from score_sheet_item i "
                    + "join score_sheet s on s.id = i.sheet_id where s.campaign_id = " + campaign)) {
                while (rs.next()) {
                    items.computeIfAbsent(String.valueOf(rs.getLong(1)), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
            try (ResultSet rs = st.executeQuery("select c.sheet_id, c.capability_code, c.total from score_sheet_capability c "
                    + "join score_sheet s on s.id = c.sheet_id where s.campaign_id = " + campaign)) {
                while (rs.next()) {
                    capabilityTotals.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from audit_event where action = 'SHEET_SUBMITTED' "
                    + "and campaign_id = " + campaign)) {
                rs.next();
                audits = rs.getLong(1);
            }
        }
        for (String key : acks) {
            Long id = sheetIds.get(key);
            if (id == null || !"SUBMITTED".equals(statusOf.get(id))) {
                problems.add("acknowledged " + key + " is not a submitted sheet");
                continue;
            }
            String[] ek = key.split("-");
            Map<String, Object> sent = sheet(Long.parseLong(ek[0]), Long.parseLong(ek[1]));
            @SuppressWarnings("unchecked") Map<String, Map<String, Double>> sentItems =
                    (Map<String, Map<String, Double>>) sent.get("items");
            Map<String, BigDecimal> stored = items.getOrDefault(String.valueOf(id), Map.of());
            for (var item : sentItems.entrySet()) {
                BigDecimal s = stored.get(item.getKey());
                if (s == null || s.compareTo(BigDecimal.valueOf(item.getValue().get("score"))) != 0) {
                    problems.add("sheet " + key + " item " + item.getKey() + " stored " + s + ", sent "
                            + item.getValue().get("score"));
                }
            }
        }
        long submitted = 0;
        MathContext mc = MathContext.DECIMAL128;
        for (var sheet : statusOf.entrySet()) {
            if (!"SUBMITTED".equals(sheet.getValue())) {
                continue;
            }
            submitted++;
            Map<String, BigDecimal> stored = items.getOrDefault(String.valueOf(sheet.getKey()), Map.of());
            if (stored.size() != 15) {
                problems.add("sheet " + sheet.getKey() + " has " + stored.size() + " items");
                continue;
            }
            BigDecimal overall = BigDecimal.ZERO;
            for (String capability : CAPABILITIES) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 1; i <= 3; i++) {
                    sum = sum.add(stored.get(capability + i));
                }
                BigDecimal mean = sum.divide(BigDecimal.valueOf(3), mc);
                BigDecimal storedCapability = capabilityTotals.getOrDefault(sheet.getKey(), Map.of()).get(capability);
                if (storedCapability == null || storedCapability.subtract(mean).abs().compareTo(new BigDecimal("1e-9")) > 0) {
                    problems.add("sheet " + sheet.getKey() + " capability " + capability + " total " + storedCapability
                            + " but items give " + mean);
                }
                overall = overall.add(mean);
            }
            overall = overall.divide(BigDecimal.valueOf(5), mc);
            BigDecimal storedTotal = totalOf.get(sheet.getKey());
            if (storedTotal == null || storedTotal.subtract(overall).abs().compareTo(new BigDecimal("1e-9")) > 0) {
                problems.add("sheet " + sheet.getKey() + " total " + storedTotal + " but items give " + overall);
            }
        }
        if (audits != submitted) {
            problems.add(audits + " SHEET_SUBMITTED audit rows for " + submitted + " submitted sheets");
        }
        System.out.printf("verify: %d acknowledged, %d submitted sheets, %d sheets in all, %d SHEET_SUBMITTED audit rows, "
                + "%d problems%n", acks.size(), submitted, statusOf.size(), audits, problems.size());
        problems.stream().limit(20).forEach(p -> System.out.println("  PROBLEM " + p));
        if (!problems.isEmpty()) {
            System.exit(2);
        }
    }

    // ------------------------------------------------------------------------------------------ export (JDBC)

    /**
     * A canonical text export of every table of the application's schema: tables by name, columns in their
     * declared order, rows sorted by the primary key (else by every column), values as the driver renders them
     * (binary as hex, null as \N, tab, newline and backslash escaped). Equal databases give byte-identical files.
     */
    static void export(String jdbc, String user, String password, Path out) throws Exception {
        StringBuilder text = new StringBuilder();
        int tables = 0;
        long rows = 0;
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            DatabaseMetaData meta = db.getMetaData();
            String schema = meta.getDatabaseProductName().toLowerCase().contains("h2") ? "PUBLIC" : "public";
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            Collections.sort(names, String.CASE_INSENSITIVE_ORDER);
            for (String table : names) {
                List<String> keys = new ArrayList<>();
                Map<Short, String> byPosition = new TreeMap<>();
                try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                    while (rs.next()) {
                        byPosition.put(rs.getShort("KEY_SEQ"), "\"" + rs.getString("COLUMN_NAME") + "\"");
                    }
                }
                keys.addAll(byPosition.values());
                try (Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("select * from \"" + table + "\""
                             + (keys.isEmpty() ? "" : " order by " + String.join(", ", keys)))) {
                    ResultSetMetaData columns = rs.getMetaData();
                    List<String> lines = new ArrayList<>();
                    StringBuilder header = new StringBuilder("## ").append(table.toLowerCase());
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        header.append(c == 1 ? " (" : ", ").append(columns.getColumnLabel(c).toLowerCase());
                    }
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            if (c > 1) {
                                line.append('\t');
                            }
                            line.append(render(rs, c));
                        }
                        lines.add(line.toString());
                    }
                    if (keys.isEmpty()) {
                        Collections.sort(lines);
                    }
                    text.append(header).append(")\n");
                    lines.forEach(l -> text.append(l).append('\n'));
                    tables++;
                    rows += lines.size();
                }
            }
        }
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        System.out.printf("exported %d tables, %d rows, %d bytes%n", tables, rows, text.length());
    }

    static String render(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "\\N";
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        String s = rs.getString(column);
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
