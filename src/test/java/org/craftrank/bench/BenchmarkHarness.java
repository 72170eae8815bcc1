package org.craftrank.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark, not a test (run by {@code bench/run.sh}, never by surefire): every workload of issue 11 and its
 * baseline in one run, on one H2 file database with the application's durability, written as a Markdown report.
 *
 * <p>Arguments: {@code smoke|full outputDir appJar helloJar modelFile}. Smoke mode uses a 40-candidate campaign and
 * one repetition; it checks that every workload ran and produced numbers, never how fast. Sizes, repetitions and
 * durations can be overridden with {@code -Dbench.sizes=300,3000}, {@code -Dbench.reps=}, {@code -Dbench.wrkSeconds=},
 * {@code -Dbench.concurrency=}, {@code -Dbench.sheetsPerExpert=}; {@code -Dbench.appJvm="…"} adds JVM flags to the
 * CraftRank process only; {@code -Dbench.jfr=dir} records each CraftRank process with JFR (profile settings) into
 * {@code dir/app-<n>.jfr}.
 */
public final class BenchmarkHarness {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ADMIN_PASSWORD = "bench-admin-password";
    static final String EXPERT_PASSWORD = "bench-expert-password";
    static final long SEED = 20240612L;

    private final boolean smoke;
    private final Path out;
    private final Path appJar;
    private final Path helloJar;
    private final SheetRows rows;
    private final List<Integer> sizes;
    private final int reps;
    private final int wrkSeconds;
    private final int concurrency;
    private final int sheetsPerExpert;
    private final List<String> appJvm;
    private final Map<String, String> appEnv = new LinkedHashMap<>();
    private final Path dataDir;
    private final Report report = new Report();

    /** A campaign built through the API, with the ids the later workloads need. */
    record Built(int size, CampaignData data, long id, List<Long> expertIds) {
    }

    private BenchmarkHarness(String[] args) {
        smoke = args[0].equals("smoke");
        out = Path.of(args[1]).toAbsolutePath();
        appJar = Path.of(args[2]).toAbsolutePath();
        helloJar = Path.of(args[3]).toAbsolutePath();
        rows = new SheetRows(Path.of(args[4]));
        sizes = Arrays.stream(System.getProperty("bench.sizes", smoke ? "40" : "300,3000,10000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        reps = Integer.getInteger("bench.reps", smoke ? 1 : 3);
        wrkSeconds = Integer.getInteger("bench.wrkSeconds", smoke ? 2 : 10);
        concurrency = Integer.getInteger("bench.concurrency", smoke ? 4 : 8);
        sheetsPerExpert = Integer.getInteger("bench.sheetsPerExpert", smoke ? 2 : 15);
        String jvm = System.getProperty("bench.appJvm", "").trim();
        appJvm = jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
        dataDir = out.resolve("data");
        appEnv.put("CRAFTRANK_DATA_DIR", dataDir.toString());
        // A fixed key: benchmark data are fictional, and the same key lets a rerun reopen the database.
        appEnv.put("CRAFTRANK_PII_KEY", "YmVuY2htYXJrLWtleS1iZW5jaG1hcmsta2V5LTEyMzQ=");
        appEnv.put("CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The 10,000-row import target: the production limit (2,000 rows per file, title and header rows
        // included) raised by configuration to 10,000 candidates plus the title and header rows.
        appEnv.put("CRAFTRANK_IMPORT_MAX_ROWS", "10010");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: BenchmarkHarness smoke|full outputDir appJar helloJar modelFile");
            System.exit(2);
        }
        new BenchmarkHarness(args).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        deleteTree(dataDir);
        report.header(smoke, sizes, reps, wrkSeconds, concurrency, sheetsPerExpert);

        progress("hello-world application: start, memory, trivial endpoint");
        // 1. The hello-world application: start time, memory, trivial endpoint.
        List<Double> helloStart = new ArrayList<>();
        List<Double> helloRss = new ArrayList<>();
        double helloRssWarm = 0;
        List<Wrk.Result> helloWrk = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            try (AppProcess hello = AppProcess.start(helloJar, List.of(), Map.of(), "/hello", out.resolve("hello.log"))) {
                helloStart.add(hello.startMs);
                AppProcess.sleep(500);
                helloRss.add(hello.rssMiB());
                if (i == reps - 1) {
                    for (int r = 0; r < reps; r++) {
                        helloWrk.add(Wrk.run("http://127.0.0.1:" + hello.port + "/hello", List.of(), concurrency, wrkSeconds, out));
                    }
                    helloRssWarm = hello.rssMiB();
                }
            }
        }

        progress("CraftRank: first start and cold starts");
        // 2. CraftRank: first start (migrations), then cold starts on the migrated, empty database.
        Path appLog = out.resolve("craftrank.log");
        double firstStart;
        try (AppProcess first = startApp(appLog)) {
            firstStart = first.startMs;
        }
        List<Double> appStart = new ArrayList<>();
        List<Double> appRss = new ArrayList<>();
        AppProcess app = null;
        for (int i = 0; i < reps; i++) {
            app = startApp(appLog);
            appStart.add(app.startMs);
            AppProcess.sleep(500);
            appRss.add(app.rssMiB());
            if (i < reps - 1) {
                app.close();
            }
        }
        List<Wrk.Result> liveWrk = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            liveWrk.add(Wrk.run("http://127.0.0.1:" + app.port + "/q/health/live", List.of(), concurrency, wrkSeconds, out));
        }
        double appRssWarm = app.rssMiB();
        report.startAndMemory(helloStart, helloRss, helloRssWarm, firstStart, appStart, appRss, appRssWarm);
        report.trivial(helloWrk, liveWrk, concurrency);

        progress("campaigns through the API");
        // 3. Campaigns through the API: import, experts, formal review, automatic assignment.
        Http admin = Http.anonymous(app.port).signIn("admin", ADMIN_PASSWORD);
        List<Built> campaigns = new ArrayList<>();
        for (int size : sizes) {
            progress(f("campaign of %,d candidates: import, experts, formal review, automatic assignment", size));
            try {
                campaigns.add(build(admin, size, report));
            } catch (RuntimeException e) {
                // Reported, and the run goes on with the campaigns that could be built.
                report.failed(f("campaign of %,d candidates", size), e.getMessage());
            }
        }
        if (campaigns.isEmpty()) {
            throw new IllegalStateException("no campaign could be built");
        }
        int largest = campaigns.get(campaigns.size() - 1).size();
        List<Double> importMore = new ArrayList<>();
        List<Double> import2000 = new ArrayList<>();
        progress("repeated imports");
        for (int r = 0; r < reps; r++) {
            if (r > 0) {
                try {
                    importMore.add(importOnly(admin, largest, "重复导入" + r));
                } catch (RuntimeException e) {
                    report.failed(f("repeated import of %,d rows", largest), e.getMessage());
                }
            }
            // 1,998 candidates: the production limit of 2,000 rows counts the title and header rows too.
            import2000.add(importOnly(admin, Math.min(1998, largest), "两千行导入" + r));
        }
        report.importRepeats(largest, importMore, import2000);

        progress("sheet submission over HTTP");
        // 4. Concurrent experts saving and submitting sheets through the HTTP API.
        Built big = campaigns.get(campaigns.size() - 1);
        List<Http> experts = new ArrayList<>();
        List<List<Long>> work = new ArrayList<>();
        for (int e = 0; e < Math.min(concurrency, big.expertIds().size()); e++) {
            long expertId = big.expertIds().get(e);
            JsonNode account = admin.post("/api/accounts", Map.of("username", "bench-expert-" + expertId,
                    "displayName", "专家" + expertId, "role", "EXPERT", "expertId", expertId, "password", EXPERT_PASSWORD), 201);
            String token = admin.post("/api/tokens", Map.of("accountId", account.get("id").asLong(), "campaignId", big.id(),
                    "label", "benchmark", "validForDays", 1), 201).get("token").asText();
            Http expert = Http.anonymous(app.port).withToken(token);
            List<Long> mine = new ArrayList<>();
            expert.get("/api/campaigns/" + big.id() + "/my/assignments").forEach(a -> mine.add(a.get("candidateId").asLong()));
            mine.sort(Comparator.naturalOrder());
            experts.add(expert);
            work.add(mine);
        }
        List<Double> httpRate = new ArrayList<>();
        List<Long> putLat = new ArrayList<>();
        List<Long> submitLat = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            httpRate.add(submitOverHttp(big, experts, work, r, putLat, submitLat));
        }
        double rssAfterSubmissions = app.rssMiB();
        app.close();

        progress("raw-JDBC baseline");
        // 5. The raw-JDBC floor of the same sheet rows, on a copy of the same database file, same concurrency.
        Path copy = out.resolve("data-jdbc-baseline");
        deleteTree(copy);
        copyTree(dataDir, copy);
        List<Double> jdbcRate = new ArrayList<>();
        List<Long> jdbcLat = new ArrayList<>();
        List<List<SheetRows.Pair>> jdbcWork = new ArrayList<>();
        try (Connection c = SheetRows.open(copy)) {
            List<SheetRows.Pair> unscored = SheetRows.unscoredPairs(c, big.id());
            for (int e = 0; e < experts.size(); e++) {
                long expertId = big.expertIds().get(e);
                jdbcWork.add(unscored.stream().filter(p -> p.expertId() == expertId).toList());
            }
            for (int r = 0; r < reps; r++) {
                jdbcRate.add(submitOverJdbc(copy, big, jdbcWork, r, jdbcLat));
            }
        }
        deleteTree(copy);
        report.submissions(concurrency, sheetsPerExpert, httpRate, putLat, submitLat, jdbcRate, jdbcLat);

        progress("seeding submitted sheets, raw SQL aggregation");
        // 6. Every remaining assigned pair gets a submitted sheet (JDBC batches), then the raw SQL aggregation.
        Map<Long, Double> rawSql = new LinkedHashMap<>();
        Map<Long, Double> rawSqlCaps = new LinkedHashMap<>();
        try (Connection c = SheetRows.open(dataDir)) {
            for (Built b : campaigns) {
                List<SheetRows.Pair> pairs = SheetRows.unscoredPairs(c, b.id());
                long t0 = System.nanoTime();
                int n = rows.seedSubmitted(c, b.id(), pairs, b.data());
                report.seeded(b.size(), n, (System.nanoTime() - t0) / 1e6);
            }
            int sqlReps = smoke ? 5 : 21;
            for (Built b : campaigns) {
                rawSql.put(b.id(), timeMedian(sqlReps, () -> SheetRows.rawAggregation(c, b.id())));
                rawSqlCaps.put(b.id(), timeMedian(sqlReps, () -> SheetRows.rawAggregationWithCapabilities(c, b.id())));
            }
        }

        progress("ranking workloads");
        // 7. Restart on the full database (a cold start with data), open the ranking, the committee pulls it.
        app = startApp(appLog);
        double startWithData = app.startMs;
        admin = Http.anonymous(app.port).signIn("admin", ADMIN_PASSWORD);
        List<Long> ids = campaigns.stream().map(Built::id).toList();
        for (long id : ids) {
            admin.post("/api/campaigns/" + id + "/transitions", Map.of("to", "DELIBERATION"), 200);
        }
        JsonNode committee = admin.post("/api/accounts", Map.of("username", "bench-committee", "displayName", "评审委员",
                "role", "COMMITTEE", "campaignIds", ids, "password", EXPERT_PASSWORD), 201);
        for (Built b : campaigns) {
            String token = admin.post("/api/tokens", Map.of("accountId", committee.get("id").asLong(), "campaignId", b.id(),
                    "label", "ranking puller", "validForDays", 1), 201).get("token").asText();
            List<String> auth = List.of("Authorization: Bearer " + token);
            Http puller = Http.anonymous(app.port).withToken(token);
            String ranking = "/api/campaigns/" + b.id() + "/ranking";
            long t0 = System.nanoTime();
            JsonNode first = puller.get(ranking);
            double firstMs = (System.nanoTime() - t0) / 1e6;
            int entries = first.get("entries").size();
            t0 = System.nanoTime();
            puller.get(ranking + "/diagnostics");
            double firstDiagMs = (System.nanoTime() - t0) / 1e6;
            List<Wrk.Result> rank1 = new ArrayList<>();
            List<Wrk.Result> diag1 = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                rank1.add(pull(puller, ranking, auth, firstMs));
                diag1.add(pull(puller, ranking + "/diagnostics", auth, firstDiagMs));
            }
            List<Wrk.Result> rank4 = new ArrayList<>();
            if (b.size() == largest && firstMs * 20 < wrkSeconds * 1000.0) {
                for (int r = 0; r < reps; r++) {
                    rank4.add(Wrk.run(puller.url(ranking), auth, 4, wrkSeconds, out));
                }
            }
            report.ranking(b.size(), entries, firstMs, firstDiagMs, rank1, diag1, rank4, rawSql.get(b.id()),
                    rawSqlCaps.get(b.id()));
        }
        double rssEnd = app.rssMiB();
        app.close();
        report.memoryLater(startWithData, rssAfterSubmissions, rssEnd);

        report.targets(largest);
        String text = report.markdown();
        Files.writeString(out.resolve("harness.md"), text);
        System.out.println(text);
        if (!report.complete()) {
            System.err.println("benchmark incomplete: a workload produced no number");
            System.exit(1);
        }
    }

    /**
     * One puller, sequential requests: wrk for {@code wrkSeconds} when a pull is short enough to give wrk a fair
     * sample, else (a pull of seconds) the same loop in this client, {@link #SLOW_PULLS} pulls, so that every run
     * still yields its percentiles.
     */
    private Wrk.Result pull(Http puller, String path, List<String> auth, double firstMs) {
        if (firstMs * 20 < wrkSeconds * 1000.0) {
            return Wrk.run(puller.url(path), auth, 1, wrkSeconds, out);
        }
        long[] ns = new long[SLOW_PULLS];
        long t0 = System.nanoTime();
        for (int i = 0; i < ns.length; i++) {
            long a = System.nanoTime();
            puller.get(path);
            ns[i] = System.nanoTime() - a;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.note(f("`%s`: a pull takes seconds, so it was sampled with %d sequential pulls of the harness's own "
                + "client instead of wrk.", path.replaceAll("/api/campaigns/\\d+", "…"), SLOW_PULLS));
        return new Wrk.Result(ns.length, seconds, 0, 0, Latencies.percentileMs(ns, 50), Latencies.percentileMs(ns, 95),
                Latencies.percentileMs(ns, 99), Arrays.stream(ns).average().orElse(0) / 1e6);
    }

    static final int SLOW_PULLS = 5;

    /** Says where the run is, and keeps the report so far on disk (a failed run still leaves its figures). */
    private void progress(String stage) throws IOException {
        System.err.printf(Locale.ROOT, "[bench %tT, load %s] %s%n", System.currentTimeMillis(), Report.loadAverage(), stage);
        Files.writeString(out.resolve("harness.md"), report.markdown());
    }

    private AppProcess startApp(Path log) {
        List<String> flags = new ArrayList<>(appJvm);
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null) {
            // One recording per start of CraftRank (app-1.jfr is the first start), written when it stops.
            flags.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath()
                    .resolve("app-" + (++appStarts) + ".jfr"));
        }
        return AppProcess.start(appJar, flags, appEnv, "/q/health/live", log);
    }

    private int appStarts;

    /** Also used by {@link RankingBench}. */
    static Built build(Http admin, int size, Report report) {
        CampaignData data = CampaignData.ofSize(size, SEED + size);
        // a shortlist size, since DELIBERATION (the ranking workloads) needs one
        long id = admin.post("/api/campaigns", Map.of("name", "基准活动（" + size + "名候选人）", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024", "shortlistSize", Math.max(1, size / 10)), 201)
                .get("id").asLong();
        String base = "/api/campaigns/" + id;
        long unit = admin.post(base + "/units", Map.of("name", "基准推荐单位", "kind", "PROVINCE", "quota", size), 201)
                .get("id").asLong();
        admin.post(base + "/transitions", Map.of("to", "NOMINATION"), 200);
        byte[] file = data.summaryTable(0, size, "基准推荐单位").xlsx();
        long t0 = System.nanoTime();
        JsonNode imported = admin.postBytes(base + "/candidates/import?dryRun=false&unitId=" + unit, file, XLSX, 201);
        double importMs = (System.nanoTime() - t0) / 1e6;
        requireCount(imported.path("counts").path("accepted").asInt(), size, "accepted rows");
        List<Long> expertIds = new ArrayList<>();
        for (int e = 0; e < data.experts(); e++) {
            expertIds.add(admin.post(base + "/experts", data.expert(e), 201).get("id").asLong());
        }
        admin.post(base + "/transitions", Map.of("to", "FORMAL_REVIEW"), 200);
        t0 = System.nanoTime();
        admin.post(base + "/formal-review", Map.of(), 200);
        double reviewMs = (System.nanoTime() - t0) / 1e6;
        Map<String, Object> plan = new LinkedHashMap<>(Map.of("reviewsPerCandidate", CampaignData.REVIEWS, "seed", SEED));
        t0 = System.nanoTime();
        JsonNode preview = admin.post(base + "/assignments/auto/preview", plan, 200);
        double previewMs = (System.nanoTime() - t0) / 1e6;
        plan.put("fingerprint", preview.get("fingerprint").asText());
        t0 = System.nanoTime();
        JsonNode committed = admin.post(base + "/assignments/auto", plan, 200);
        double commitMs = (System.nanoTime() - t0) / 1e6;
        requireCount(committed.get("proposedCount").asInt(), size * CampaignData.REVIEWS, "assignments");
        admin.post(base + "/transitions", Map.of("to", "SCORING"), 200);
        report.built(size, data.experts(), file.length, importMs, reviewMs, previewMs, commitMs);
        return new Built(size, data, id, expertIds);
    }

    /** A fresh campaign whose only purpose is one more timed import of {@code size} rows in one file. */
    private double importOnly(Http admin, int size, String label) {
        CampaignData data = CampaignData.ofSize(size, SEED);
        long id = admin.post("/api/campaigns", Map.of("name", "基准导入（" + label + "）", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024"), 201).get("id").asLong();
        String base = "/api/campaigns/" + id;
        long unit = admin.post(base + "/units", Map.of("name", "基准推荐单位", "kind", "PROVINCE", "quota", size), 201)
                .get("id").asLong();
        admin.post(base + "/transitions", Map.of("to", "NOMINATION"), 200);
        byte[] file = data.summaryTable(0, size, "基准推荐单位").xlsx();
        long t0 = System.nanoTime();
        JsonNode imported = admin.postBytes(base + "/candidates/import?dryRun=false&unitId=" + unit, file, XLSX, 201);
        double ms = (System.nanoTime() - t0) / 1e6;
        requireCount(imported.path("counts").path("accepted").asInt(), size, "accepted rows");
        return ms;
    }

    /** Each expert saves (PUT) and submits (POST) its next {@code sheetsPerExpert} sheets; returns sheets/s. */
    private double submitOverHttp(Built big, List<Http> experts, List<List<Long>> work, int rep, List<Long> putLat,
                                  List<Long> submitLat) throws Exception {
        ConcurrentLinkedQueue<Long> puts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(experts.size());
        List<Future<Integer>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int e = 0; e < experts.size(); e++) {
            Http expert = experts.get(e);
            List<Long> mine = work.get(e);
            long expertId = big.expertIds().get(e);
            done.add(pool.submit(() -> {
                int n = 0;
                for (int k = rep * sheetsPerExpert; k < Math.min(mine.size(), (rep + 1) * sheetsPerExpert); k++) {
                    long candidate = mine.get(k);
                    String path = "/api/campaigns/" + big.id() + "/sheets/" + candidate;
                    long a = System.nanoTime();
                    HttpResponse<String> saved = Http.send(expert.request(path).header("Content-Type", "application/json")
                            .header("If-Match", "\"v0\"").PUT(Http.body(big.data().sheetBody(expertId, candidate))).build());
                    long b = System.nanoTime();
                    Http.expect(saved, 200);
                    String etag = saved.headers().firstValue("ETag").orElseThrow();
                    // The items are already saved, so the submit carries no body; it still names JSON, as every API write
                    // must (a write without a Content-Type is a 415).
                    HttpResponse<String> submitted = Http.send(expert.request(path + "/submit").header("If-Match", etag)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
                    long c = System.nanoTime();
                    Http.expect(submitted, 200);
                    puts.add(b - a);
                    submits.add(c - b);
                    n++;
                }
                return n;
            }));
        }
        int sheets = 0;
        for (Future<Integer> f : done) {
            sheets += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        putLat.addAll(puts);
        submitLat.addAll(submits);
        requireCount(sheets, experts.size() * sheetsPerExpert, "sheets submitted over HTTP");
        return sheets / seconds;
    }

    /** The same work with plain JDBC: one connection per expert thread, two commits per sheet. */
    private double submitOverJdbc(Path db, Built big, List<List<SheetRows.Pair>> work, int rep, List<Long> latencies)
            throws Exception {
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        List<Future<Integer>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (List<SheetRows.Pair> mine : work) {
            done.add(pool.submit(() -> {
                int n = 0;
                try (Connection c = SheetRows.open(db)) {
                    for (int k = rep * sheetsPerExpert; k < Math.min(mine.size(), (rep + 1) * sheetsPerExpert); k++) {
                        long a = System.nanoTime();
                        rows.saveAndSubmit(c, big.id(), mine.get(k), big.data());
                        lat.add(System.nanoTime() - a);
                        n++;
                    }
                }
                return n;
            }));
        }
        int sheets = 0;
        for (Future<Integer> f : done) {
            sheets += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        latencies.addAll(lat);
        requireCount(sheets, work.size() * sheetsPerExpert, "sheets written over JDBC");
        return sheets / seconds;
    }

    interface SqlWork {
        int run() throws Exception;
    }

    /** Median wall time in ms of {@code n} runs after two warm-up runs. */
    static double timeMedian(int n, SqlWork work) throws Exception {
        work.run();
        work.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Latencies.median(ms);
    }

    private static void requireCount(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
