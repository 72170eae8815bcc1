package org.craftrank.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.craftrank.bench.BenchmarkHarness.f;

/**
 * Benchmark, not a test (run by {@code bench/ranking.sh}, never by surefire): issue 19's ranking figures beside the
 * raw SQL aggregation of the same rows, in one run, the application under a heap limit ({@code -Dbench.heap}, 512m).
 * <ol>
 *   <li>Campaigns built through the API (as {@link BenchmarkHarness}), every assigned pair then given a submitted
 *       sheet by JDBC batches ({@link SheetRows}); raw SQL {@code avg/count/stddev … group by} alone and with the
 *       capability means, median of 21 runs, application stopped.</li>
 *   <li><b>Computed pulls</b>: the application with the ranking cache off ({@code craftrank.ranking.cached-rankings=0}),
 *       so every pull reads the sheets and computes — what the first pull after a reopened and resubmitted sheet
 *       costs in a running service (sheets can only change in SCORING, so the harness cannot resubmit while the
 *       ranking is open; with the cache off every pull is that pull). The process's very first pull, with a cold JIT,
 *       is reported apart. Diagnostics likewise.</li>
 *   <li><b>Repeated pulls</b>: the application with the cache on (the default), the same campaign pulled again.</li>
 * </ol>
 * Arguments: {@code outputDir appJar modelFile}; {@code -Dbench.sizes=300,3000}, {@code -Dbench.pulls=7},
 * {@code -Dbench.heap=512m}, {@code -Dbench.jfr=dir} (a JFR recording of the computed pulls, {@code dir/computed.jfr}).
 */
public final class RankingBench {

    private final Path out;
    private final Path appJar;
    private final SheetRows rows;
    private final List<Integer> sizes;
    private final int pulls;
    private final String heap;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();

    private RankingBench(String[] args) {
        out = Path.of(args[0]).toAbsolutePath();
        appJar = Path.of(args[1]).toAbsolutePath();
        rows = new SheetRows(Path.of(args[2]));
        sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "300,3000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        pulls = Integer.getInteger("bench.pulls", 7);
        heap = System.getProperty("bench.heap", "512m");
        env.put("CRAFTRANK_DATA_DIR", out.resolve("data").toString());
        env.put("CRAFTRANK_PII_KEY", "YmVuY2htYXJrLWtleS1iZW5jaG1hcmsta2V5LTEyMzQ=");
        env.put("CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD", BenchmarkHarness.ADMIN_PASSWORD);
        env.put("CRAFTRANK_IMPORT_MAX_ROWS", "10010");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: RankingBench outputDir appJar modelFile");
            System.exit(2);
        }
        new RankingBench(args).run();
    }

    /** Per campaign, what was measured. */
    private static final class Row {
        int size;
        int sheets;
        double rawSql;
        double rawSqlCaps;
        double coldJitFirst;
        double computedP50;
        double computedMax;
        double diagnosticsP50;
        double repeatedP50;
        String loadComputed;
        String loadRepeated;
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        BenchmarkHarness.deleteTree(out.resolve("data"));
        Path log = out.resolve("craftrank.log");
        List<String> limited = List.of("-Xmx" + heap);
        List<BenchmarkHarness.Built> campaigns = new ArrayList<>();
        progress("building campaigns through the API");
        // Building is not measured here, so it runs without the heap limit (the 10,000-candidate assignment commit
        // is the heaviest request of the service and has its own benchmark).
        // The set-up's long transactions (the 10,000-row import, the assignment commit of 90,000 pairs) get a raised
        // timeout here only: on a loaded machine they ran into the default 60 s and failed before any pull.
        List<String> building = List.of("-Dquarkus.transaction-manager.default-transaction-timeout=1800s");
        try (AppProcess app = AppProcess.start(appJar, building, env, "/q/health/live", log)) {
            Http admin = Http.anonymous(app.port).signIn("admin", BenchmarkHarness.ADMIN_PASSWORD);
            for (int size : sizes) {
                progress(f("campaign of %,d candidates", size));
                campaigns.add(BenchmarkHarness.build(admin, size, new Report()));
            }
        }
        Map<Long, Row> results = new LinkedHashMap<>();
        progress("seeding submitted sheets; raw SQL aggregation");
        try (Connection c = SheetRows.open(out.resolve("data"))) {
            for (BenchmarkHarness.Built b : campaigns) {
                Row row = new Row();
                row.size = b.size();
                row.sheets = rows.seedSubmitted(c, b.id(), SheetRows.unscoredPairs(c, b.id()), b.data());
                results.put(b.id(), row);
            }
            for (BenchmarkHarness.Built b : campaigns) {
                results.get(b.id()).rawSql = BenchmarkHarness.timeMedian(21, () -> SheetRows.rawAggregation(c, b.id()));
                results.get(b.id()).rawSqlCaps = BenchmarkHarness.timeMedian(21,
                        () -> SheetRows.rawAggregationWithCapabilities(c, b.id()));
            }
        }

        progress("computed pulls (cache off)");
        List<String> noCache = new ArrayList<>(limited);
        noCache.add("-Dcraftrank.ranking.cached-rankings=0");
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null) {
            Files.createDirectories(Path.of(jfr));
            noCache.add("-XX:StartFlightRecording=settings=profile,filename="
                    + Path.of(jfr).toAbsolutePath().resolve("computed.jfr"));
        }
        String heapComputed;
        double rssComputed;
        try (AppProcess app = AppProcess.start(appJar, noCache, env, "/q/health/live", log)) {
            Http admin = Http.anonymous(app.port).signIn("admin", BenchmarkHarness.ADMIN_PASSWORD);
            Map<Long, Http> pullers = pullers(admin, app.port, campaigns, true);
            for (BenchmarkHarness.Built b : campaigns) {
                Row row = results.get(b.id());
                String ranking = "/api/campaigns/" + b.id() + "/ranking";
                Http puller = pullers.get(b.id());
                row.coldJitFirst = time(puller, ranking);
                double[] computed = new double[pulls];
                for (int i = 0; i < pulls; i++) {
                    computed[i] = time(puller, ranking);
                }
                row.computedP50 = Latencies.median(computed);
                row.computedMax = java.util.Arrays.stream(computed).max().orElse(0);
                row.loadComputed = Report.loadAverage();
                time(puller, ranking + "/diagnostics");
                double[] diagnostics = new double[pulls];
                for (int i = 0; i < pulls; i++) {
                    diagnostics[i] = time(puller, ranking + "/diagnostics");
                }
                row.diagnosticsP50 = Latencies.median(diagnostics);
            }
            rssComputed = app.rssMiB();
            heapComputed = heapInfo(app.pid());
        }

        progress("repeated pulls (cache on)");
        double rssRepeated;
        try (AppProcess app = AppProcess.start(appJar, limited, env, "/q/health/live", log)) {
            Http admin = Http.anonymous(app.port).signIn("admin", BenchmarkHarness.ADMIN_PASSWORD);
            Map<Long, Http> pullers = pullers(admin, app.port, campaigns, false);
            for (BenchmarkHarness.Built b : campaigns) {
                Row row = results.get(b.id());
                String ranking = "/api/campaigns/" + b.id() + "/ranking";
                Http puller = pullers.get(b.id());
                time(puller, ranking);
                double[] repeated = new double[pulls];
                for (int i = 0; i < pulls; i++) {
                    repeated[i] = time(puller, ranking);
                }
                row.repeatedP50 = Latencies.median(repeated);
                row.loadRepeated = Report.loadAverage();
            }
            rssRepeated = app.rssMiB();
        }

        text.append(f("# Ranking benchmark (issue 19)%n%nApplication heap limit `-Xmx%s`; %d timed pulls per figure "
                + "(median), one puller, a COMMITTEE API token; default method MEAN, every candidate with 9 submitted "
                + "sheets. Raw SQL: median of 21 runs on the same H2 file, application stopped.%n%n", heap, pulls));
        text.append("| candidates | sheets | raw SQL | raw SQL + capabilities | computed pull p50 (max) | ÷ raw SQL | "
                + "÷ raw SQL + caps | repeated pull p50 | ÷ raw SQL | diagnostics p50 | first pull, cold JIT | "
                + "load (computed / repeated) |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : results.values()) {
            text.append(f("| %,d | %,d | %.1f ms | %.1f ms | **%.0f ms** (%.0f) | **%.2f×** | %.2f× | %.1f ms | %.2f× | "
                            + "**%.0f ms** | %.0f ms | %s / %s |%n", r.size, r.sheets, r.rawSql, r.rawSqlCaps,
                    r.computedP50, r.computedMax, r.computedP50 / r.rawSql, r.computedP50 / r.rawSqlCaps,
                    r.repeatedP50, r.repeatedP50 / r.rawSql, r.diagnosticsP50, r.coldJitFirst, r.loadComputed,
                    r.loadRepeated));
        }
        text.append(f("%nRSS after the computed pulls %.0f MiB, after the repeated pulls %.0f MiB; heap after the "
                + "computed pulls (`jcmd GC.heap_info`): %s%n", rssComputed, rssRepeated, heapComputed));
        Files.writeString(out.resolve("ranking.md"), text);
        System.out.println(text);
    }

    private Map<Long, Http> pullers(Http admin, int port, List<BenchmarkHarness.Built> campaigns, boolean open) {
        List<Long> ids = campaigns.stream().map(BenchmarkHarness.Built::id).toList();
        if (open) {
            for (long id : ids) {
                admin.post("/api/campaigns/" + id + "/transitions", Map.of("to", "DELIBERATION"), 200);
            }
        }
        String username = "bench-committee-" + (open ? "computed" : "repeated");
        JsonNode committee = admin.post("/api/accounts", Map.of("username", username, "displayName", "评审委员",
                "role", "COMMITTEE", "campaignIds", ids, "password", BenchmarkHarness.EXPERT_PASSWORD), 201);
        Map<Long, Http> pullers = new LinkedHashMap<>();
        for (long id : ids) {
            String token = admin.post("/api/tokens", Map.of("accountId", committee.get("id").asLong(), "campaignId", id,
                    "label", "ranking puller", "validForDays", 1), 201).get("token").asText();
            pullers.put(id, Http.anonymous(port).withToken(token));
        }
        return pullers;
    }

    private static double time(Http puller, String path) {
        long t0 = System.nanoTime();
        puller.get(path);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The heap line of {@code jcmd <pid> GC.heap_info} (total and used), or why there is none. */
    private static String heapInfo(long pid) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            p.waitFor(10, TimeUnit.SECONDS);
            return output.lines().filter(l -> l.contains("total") && l.contains("used")).findFirst()
                    .map(String::strip).orElse("unavailable");
        } catch (IOException | InterruptedException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    private void progress(String stage) {
        System.err.printf(Locale.ROOT, "[ranking bench %tT, load %s] %s%n", System.currentTimeMillis(),
                Report.loadAverage(), stage);
    }
}
