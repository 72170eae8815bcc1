package org.craftrank.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.craftrank.bench.BenchmarkHarness.f;

/**
 * The harness's Markdown report: every figure with the baseline it is compared to, and the targets as
 * met / missed. Figures over several runs are medians; latency percentiles of wrk runs are the median of each
 * run's percentile.
 */
final class Report {

    private final StringBuilder text = new StringBuilder();
    /** Named figures the target table reads, in milliseconds, MiB or per second as their name says. */
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    void header(boolean smoke, List<Integer> sizes, int reps, int wrkSeconds, int concurrency, int sheetsPerExpert) {
        text.append("# CraftRank benchmark report (").append(smoke ? "smoke: tiny sizes, no timing asserted" : "full").append(")\n\n");
        text.append(f("- campaigns of %s candidates, R = 9; %d repetition(s) per figure (medians); wrk runs of %d s%n",
                sizes, reps, wrkSeconds));
        text.append(f("- %d concurrent experts, %d sheets each per repetition; H2 file database, WRITE_DELAY=0 (as shipped)%n",
                concurrency, sheetsPerExpert));
        text.append(f("- machine: %d cores visible to the JVM, Java %s (%s), %s; load average at start: %s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), cpuModel(), loadAverage()));
    }

    void startAndMemory(List<Double> helloStart, List<Double> helloRss, double helloRssWarm, double firstStart,
                        List<Double> appStart, List<Double> appRss, double appRssWarm) {
        double hs = Latencies.median(helloStart);
        double as = Latencies.median(appStart);
        double hr = Latencies.median(helloRss);
        double ar = Latencies.median(appRss);
        put("helloStartMs", hs);
        put("appStartMs", as);
        put("helloRssMiB", hr);
        put("appRssMiB", ar);
        put("helloRssWarmMiB", helloRssWarm);
        put("appRssWarmMiB", appRssWarm);
        text.append("## Cold start and resident memory\n\n");
        text.append("Start = launch of `java -jar …/quarkus-run.jar` to the first 200 (`/hello`, CraftRank `/q/health/live`); "
                + "RSS = VmRSS 0.5 s after that, and after the trivial-endpoint wrk runs below (warm). Same JVM, default flags.\n\n");
        text.append("| application | start, median (runs) | RSS after start | RSS warm |\n|---|---|---|---|\n");
        text.append(f("| hello-world Quarkus (quarkus-rest only) | %.0f ms (%s) | %.0f MiB | %.0f MiB |%n", hs,
                Latencies.list(helloStart, "%.0f"), hr, helloRssWarm));
        text.append(f("| CraftRank, empty migrated database | %.0f ms (%s) | %.0f MiB | %.0f MiB |%n", as,
                Latencies.list(appStart, "%.0f"), ar, appRssWarm));
        text.append(f("| ratio CraftRank / hello | **%.2f×** | **%.2f×** | **%.2f×** |%n", as / hs, ar / hr, appRssWarm / helloRssWarm));
        text.append(f("%nFirst start on an empty folder (Flyway creates the schema, the admin account is made): %.0f ms.%n%n",
                firstStart));
    }

    void trivial(List<Wrk.Result> hello, List<Wrk.Result> live, int connections) {
        text.append(f("## Trivial endpoint (the framework's floor), wrk, %d connections%n%n", connections));
        text.append("| endpoint | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|\n");
        row("hello-world `GET /hello`", hello);
        row("CraftRank `GET /q/health/live`", live);
        put("helloRps", Latencies.median(hello.stream().map(Wrk.Result::requestsPerSecond).toList()));
        text.append("\n");
    }

    void built(int size, int experts, int fileBytes, double importMs, double reviewMs, double previewMs, double commitMs) {
        if (!figures.containsKey("built")) {
            put("built", 1);
            text.append("## Campaign set-up through the API (one run per size)\n\n");
            text.append("One XLSX file per campaign (`POST …/candidates/import?dryRun=false&unitId=`, every row accepted); "
                    + "the formal review of every candidate; automatic assignment with R = 9 (preview, then commit with "
                    + "its fingerprint).\n\n");
            text.append("| candidates × experts | XLSX size | import | formal review | auto-assign preview | auto-assign commit |\n"
                    + "|---|---|---|---|---|---|\n");
        }
        text.append(f("| %,d × %d | %.0f KiB | %.2f s | %.2f s | %.2f s | %.2f s |%n", size, experts, fileBytes / 1024.0,
                importMs / 1e3, reviewMs / 1e3, previewMs / 1e3, commitMs / 1e3));
        put("importMs." + size, importMs);
        put("assignPreviewMs." + size, previewMs);
        put("assignCommitMs." + size, commitMs);
    }

    void importRepeats(int largest, List<Double> more, List<Double> twoThousand) {
        List<Double> all = new ArrayList<>(more);
        all.add(0, figures.get("importMs." + largest));
        put("importMedianMs", Latencies.median(all));
        text.append(f("%nImport of %,d rows in one file, all runs (first is the campaign above): %s ms, median **%.2f s**. "
                + "The production limit of 2,000 rows per file (`craftrank.import.max-rows`, title and header rows "
                + "included) is raised by configuration for this (`CRAFTRANK_IMPORT_MAX_ROWS=10010`). A file at the "
                + "production limit (%,d candidates): %s ms, median %.2f s.%n%n", largest, Latencies.list(all, "%.0f"),
                Latencies.median(all) / 1e3, Math.min(1998, largest), Latencies.list(twoThousand, "%.0f"),
                Latencies.median(twoThousand) / 1e3));
    }

    void submissions(int concurrency, int perExpert, List<Double> httpRate, List<Long> put, List<Long> submit,
                     List<Double> jdbcRate, List<Long> jdbc) {
        double http = Latencies.median(httpRate);
        double raw = Latencies.median(jdbcRate);
        put("httpSheetsPerSecond", http);
        put("jdbcSheetsPerSecond", raw);
        long[] p = Latencies.toArray(put);
        long[] s = Latencies.toArray(submit);
        long[] j = Latencies.toArray(jdbc);
        text.append("## Sheet submission: concurrent experts\n\n");
        text.append(f("%d experts at once, each with its own API token, save (`PUT …/sheets/{cid}`, If-Match) and submit "
                + "(`POST …/submit`) %d sheets per run, one after the other (closed loop). Baseline: the same sheet rows "
                + "with raw JDBC on a copy of the same H2 file, same durability, %d threads, one draft commit and one "
                + "submit commit per sheet.%n%n", concurrency, perExpert, concurrency));
        text.append("| path | sheets/s, median (runs) | p50 | p95 | p99 |\n|---|---|---|---|---|\n");
        text.append(f("| HTTP API, PUT (save draft) | | %.1f ms | %.1f ms | %.1f ms |%n", pct(p, 50), pct(p, 95), pct(p, 99)));
        text.append(f("| HTTP API, POST submit | | %.1f ms | %.1f ms | %.1f ms |%n", pct(s, 50), pct(s, 95), pct(s, 99)));
        text.append(f("| HTTP API, whole sheet (save + submit) | **%.1f** (%s) | | | |%n", http, Latencies.list(httpRate, "%.1f")));
        text.append(f("| raw JDBC, whole sheet (two commits) | **%.1f** (%s) | %.1f ms | %.1f ms | %.1f ms |%n", raw,
                Latencies.list(jdbcRate, "%.1f"), pct(j, 50), pct(j, 95), pct(j, 99)));
        text.append(f("| ratio HTTP / raw JDBC | **%.0f%%** | | | |%n%n", 100 * http / raw));
    }

    void seeded(int size, int sheets, double ms) {
        text.append(f("Seeded %,d submitted sheets of the %,d-candidate campaign with JDBC batches in %.1f s.%n", sheets,
                size, ms / 1e3));
    }

    void ranking(int size, int entries, double firstMs, double firstDiagMs, List<Wrk.Result> rank1,
                 List<Wrk.Result> diag1, List<Wrk.Result> rank4, double rawSqlMs, double rawSqlCapsMs) {
        if (!figures.containsKey("rankingHeader")) {
            put("rankingHeader", 1);
            text.append("\n## Committee pulling the ranking and diagnostics\n\n");
            text.append("`GET /api/campaigns/{id}/ranking` and `…/ranking/diagnostics` with a COMMITTEE API token, default "
                    + "aggregation (MEAN), every candidate with 9 submitted sheets; wrk with 1 connection (one puller, "
                    + "latency) and, on the largest campaign, 4 connections. Baseline: raw SQL `avg/count/stddev … group by "
                    + "candidate_id order by` over the same score rows in the same H2 file (application stopped), every "
                    + "row fetched, median of 21 runs; also with the per-capability means joined in.\n\n");
            text.append("| candidates | route | connections | req/s | p50 | p95 | p99 | first pull | raw SQL | raw SQL + capabilities | p50 / raw SQL |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        }
        double p50 = median(rank1, Wrk.Result::p50Ms);
        text.append(f("| %,d (%,d entries) | ranking | 1 | %.1f | **%.0f ms** | %.0f ms | %.0f ms | %.0f ms | %.1f ms | %.1f ms | **%.1f×** |%n",
                size, entries, median(rank1, Wrk.Result::requestsPerSecond), p50, median(rank1, Wrk.Result::p95Ms),
                median(rank1, Wrk.Result::p99Ms), firstMs, rawSqlMs, rawSqlCapsMs, p50 / rawSqlMs));
        text.append(f("| | diagnostics | 1 | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | | | |%n",
                median(diag1, Wrk.Result::requestsPerSecond), median(diag1, Wrk.Result::p50Ms),
                median(diag1, Wrk.Result::p95Ms), median(diag1, Wrk.Result::p99Ms), firstDiagMs));
        if (!rank4.isEmpty()) {
            text.append(f("| | ranking | 4 | %.1f | %.0f ms | %.0f ms | %.0f ms | | | | |%n",
                    median(rank4, Wrk.Result::requestsPerSecond), median(rank4, Wrk.Result::p50Ms),
                    median(rank4, Wrk.Result::p95Ms), median(rank4, Wrk.Result::p99Ms)));
        }
        put("rankingP50Ms." + size, p50);
        put("rawSqlMs." + size, rawSqlMs);
        put("diagnosticsP50Ms." + size, median(diag1, Wrk.Result::p50Ms));
        long failed = failures(rank1, diag1, rank4);
        if (failed > 0) {
            missing.add("ranking requests failed: " + failed);
        }
    }

    private final java.util.Set<String> notes = new java.util.LinkedHashSet<>();

    void failed(String what, String message) {
        text.append(f("%n**FAILED: %s** — %s%n%n", what, message.length() > 600 ? message.substring(0, 600) + "…" : message));
        missing.add("failed: " + what);
    }

    void note(String line) {
        notes.add(line);
    }

    void memoryLater(double startWithData, double rssAfterSubmissions, double rssEnd) {
        notes.forEach(n -> text.append("\n").append(n).append("\n"));
        text.append(f("%nCraftRank later in the run: start on the full database %.0f ms; RSS after the submission workload "
                + "%.0f MiB; after the ranking workload %.0f MiB.%n%n", startWithData, rssAfterSubmissions, rssEnd));
        put("appStartWithDataMs", startWithData);
    }

    void targets(int largest) {
        text.append("## Targets of issue 11\n\n| target | measured | result |\n|---|---|---|\n");
        double http = get("httpSheetsPerSecond");
        double raw = get("jdbcSheetsPerSecond");
        target("sheet submission ≥ 50% of the raw-JDBC floor", f("%.0f%% (%.1f vs %.1f sheets/s)", 100 * http / raw, http, raw),
                http >= 0.5 * raw);
        Double rank = figures.get("rankingP50Ms." + largest);
        Double sql = figures.get("rawSqlMs." + largest);
        if (rank != null && sql != null) {
            target(f("ranking of %,d × 9 ≤ 2× raw SQL aggregation", largest), f("%.1f× (%.0f ms vs %.1f ms)", rank / sql, rank, sql),
                    rank <= 2 * sql);
            target(f("ranking of %,d × 9 under 1 s", largest), f("%.0f ms (p50)", rank), rank < 1000);
        }
        double as = get("appStartMs");
        double hs = get("helloStartMs");
        target("start ≤ 1.5× hello-world", f("%.2f× (%.0f vs %.0f ms)", as / hs, as, hs), as <= 1.5 * hs);
        double ar = get("appRssMiB");
        double hr = get("helloRssMiB");
        target("RSS ≤ 1.3× hello-world (after start)", f("%.2f× (%.0f vs %.0f MiB)", ar / hr, ar, hr), ar <= 1.3 * hr);
        double arw = get("appRssWarmMiB");
        double hrw = get("helloRssWarmMiB");
        target("RSS ≤ 1.3× hello-world (warm)", f("%.2f× (%.0f vs %.0f MiB)", arw / hrw, arw, hrw), arw <= 1.3 * hrw);
        double imp = get("importMedianMs");
        target(f("import of %,d rows under 10 s", largest), f("%.2f s", imp / 1e3), imp < 10_000);
        Double assign = figures.get("assignPreviewMs." + largest);
        Double commit = figures.get("assignCommitMs." + largest);
        if (assign != null) {
            target(f("assignment of %,d × experts × 9 under 30 s (API preview; commit)", largest),
                    f("%.2f s; %.2f s", assign / 1e3, commit / 1e3), assign < 30_000 && commit < 30_000);
        }
        text.append("\n(Targets are stated for the 10,000-candidate campaign; in smoke mode they are shown, never asserted.)\n");
    }

    private void target(String name, String measured, boolean met) {
        text.append(f("| %s | %s | %s |%n", name, measured, met ? "met" : "**missed**"));
    }

    boolean complete() {
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            if (e.getValue() == null || e.getValue().isNaN() || e.getValue() <= 0) {
                missing.add(e.getKey());
            }
        }
        if (!missing.isEmpty()) {
            System.err.println("missing or empty figures: " + missing);
        }
        return missing.isEmpty();
    }

    String markdown() {
        return text.toString();
    }

    private void row(String label, List<Wrk.Result> runs) {
        text.append(f("| %s | %.0f (%s) | %.2f ms | %.2f ms | %.2f ms | %d |%n", label,
                median(runs, Wrk.Result::requestsPerSecond),
                Latencies.list(runs.stream().map(Wrk.Result::requestsPerSecond).toList(), "%.0f"),
                median(runs, Wrk.Result::p50Ms), median(runs, Wrk.Result::p95Ms), median(runs, Wrk.Result::p99Ms),
                runs.stream().mapToLong(r -> r.errors() + r.non2xx()).sum()));
        if (runs.stream().anyMatch(r -> r.errors() + r.non2xx() > 0 || r.requests() == 0)) {
            missing.add(label + " had errors");
        }
    }

    private static long failures(List<Wrk.Result> a, List<Wrk.Result> b, List<Wrk.Result> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).mapToLong(r -> r.errors() + r.non2xx()).sum();
    }

    private static double median(List<Wrk.Result> runs, java.util.function.ToDoubleFunction<Wrk.Result> value) {
        return Latencies.median(runs.stream().mapToDouble(value).toArray());
    }

    private static double pct(long[] nanos, double p) {
        return Latencies.percentileMs(nanos, p);
    }

    private void put(String name, double value) {
        figures.put(name, value);
    }

    private double get(String name) {
        Double v = figures.get(name);
        return v == null ? Double.NaN : v;
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
