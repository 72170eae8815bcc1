#!/usr/bin/env bash
# Start time and resident memory of three applications, interleaved so that machine load hits them alike:
# hello-world Quarkus (quarkus-rest), hello-stack (CraftRank's Quarkus extensions, one entity, none of our code)
# and CraftRank on an empty migrated database. Start = launch of `java -jar` to the first 200 of the probe URL
# (polled every 10 ms); RSS = VmRSS 0.5 s after that. Medians of RUNS runs.
#   bench/startup.sh [runs]        (after bench/run.sh has built the jars; builds hello-stack itself)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
OUT="bench/report/startup"
rm -rf "$OUT"; mkdir -p "$OUT"
[ -f bench/hello-stack/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -f bench/hello-stack/pom.xml package -DskipTests

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# measure NAME JAR PROBE-PATH [env...]: prints "NAME start_ms rss_mib"
measure() {
  local name="$1" jar="$2" probe="$3"; shift 3
  local port; port="$(free_port)"
  local t0; t0=$(date +%s%N)
  env "$@" QUARKUS_HTTP_PORT="$port" java -jar "$jar" >>"$OUT/$name.log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port$probe"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; see $OUT/$name.log" >&2; exit 1; }
    sleep 0.01
  done
  local t1; t1=$(date +%s%N)
  sleep 0.5
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name $(( (t1 - t0) / 1000000 )) $(( rss / 1024 ))"
}

CR_ENV=(CRAFTRANK_DATA_DIR="$PWD/$OUT/craftrank-data" CRAFTRANK_PII_KEY=YmVuY2htYXJrLWtleS1iZW5jaG1hcmsta2V5LTEyMzQ=
        CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD=bench-admin-password)
STACK_ENV=(STACK_DATA_DIR="$PWD/$OUT/stack-data")
# First starts create the schemas; they are not counted.
measure craftrank-first target/quarkus-app/quarkus-run.jar /q/health/live "${CR_ENV[@]}" >/dev/null
measure stack-first bench/hello-stack/target/quarkus-app/quarkus-run.jar /hello "${STACK_ENV[@]}" >/dev/null
for _ in $(seq "$RUNS"); do
  measure hello bench/hello/target/quarkus-app/quarkus-run.jar /hello
  measure hello-stack bench/hello-stack/target/quarkus-app/quarkus-run.jar /hello "${STACK_ENV[@]}"
  measure craftrank target/quarkus-app/quarkus-run.jar /q/health/live "${CR_ENV[@]}"
done | tee "$OUT/samples.txt" >&2
python3 - "$OUT/samples.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
by = {}
for name, ms, rss in rows:
    by.setdefault(name, []).append((int(ms), int(rss)))
med = {n: (statistics.median(m for m, _ in v), statistics.median(r for _, r in v)) for n, v in by.items()}
h = med["hello"]
print("| application | start, median (runs) | RSS after start | start / hello | RSS / hello |")
print("|---|---|---|---|---|")
for n in ("hello", "hello-stack", "craftrank"):
    s, r = med[n]
    print(f"| {n} | {s:.0f} ms ({', '.join(str(m) for m, _ in by[n])}) | {r:.0f} MiB | {s / h[0]:.2f}× | {r / h[1]:.2f}× |")
PY
