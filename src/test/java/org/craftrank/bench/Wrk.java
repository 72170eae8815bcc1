package org.craftrank.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Debian's {@code wrk} against one URL and reads its latency distribution through a Lua {@code done} hook
 * (wrk's own --latency output has no p95).
 */
final class Wrk {

    record Result(long requests, double seconds, long errors, long non2xx, double p50Ms, double p95Ms, double p99Ms,
                  double meanMs) {
        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private static final String SCRIPT = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("BENCH requests=%d duration_us=%d errors=%d non2xx=%d p50_us=%d p95_us=%d p99_us=%d mean_us=%d\\n",
                summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
                latency:percentile(50), latency:percentile(95), latency:percentile(99), math.floor(latency.mean)))
            end
            """;

    private Wrk() {
    }

    static Result run(String url, List<String> headers, int connections, int seconds, Path workDir) {
        try {
            Path script = workDir.resolve("wrk-report.lua");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(Math.min(connections, 2)),
                    "-c", Integer.toString(connections), "-d", seconds + "s", "--timeout", "60s", "-s", script.toString()));
            for (String h : headers) {
                command.add("-H");
                command.add(h);
            }
            command.add(url);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            String line = out.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no wrk report in: " + out));
            Map<String, Long> v = new HashMap<>();
            for (String kv : line.substring(6).trim().split(" ")) {
                String[] parts = kv.split("=");
                v.put(parts[0], Long.parseLong(parts[1]));
            }
            return new Result(v.get("requests"), v.get("duration_us") / 1e6, v.get("errors"), v.get("non2xx"),
                    v.get("p50_us") / 1e3, v.get("p95_us") / 1e3, v.get("p99_us") / 1e3, v.get("mean_us") / 1e3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
