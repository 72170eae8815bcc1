#!/usr/bin/env bash
# Runs every benchmark of issue 11 and writes bench/report/report.md (also printed):
#   bench/run.sh [smoke|full]
# smoke: tiny sizes, one repetition, a few minutes; checks that every workload runs and yields numbers, never how
#        fast (run by .ci/run so the harness does not rot).
# full:  campaigns of 300, 3,000 and 10,000 candidates (R = 9), three repetitions, medians and p50/p95/p99, plus
#        JMH on the ranking engine and bench/autoassign (solver vs a plain OR-Tools flow).
# Extra harness settings go through BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.sizes=300,3000 -Dbench.reps=2".
# Needs Java 17 and Debian's wrk (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-smoke}"
case "$MODE" in smoke|full) ;; *) echo "usage: bench/run.sh [smoke|full]" >&2; exit 2 ;; esac
OUT="bench/report"
mkdir -p "$OUT"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk
fi

echo "== building CraftRank, the hello-world application and the harness" >&2
# BENCH_SKIP_PACKAGE=1 reuses target/quarkus-app from an earlier package (the harness is compiled anyway).
if [ "${BENCH_SKIP_PACKAGE:-0}" != 1 ]; then ./mvnw -B -q package -DskipTests; fi
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
./mvnw -B -q -f bench/hello/pom.xml package -DskipTests
./mvnw -B -q -f bench/jmh/pom.xml package
./mvnw -B -q -f bench/jmh/pom.xml dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt >/dev/null

echo "== load workloads and baselines (bench/report/harness.md)" >&2
# shellcheck disable=SC2086
java -Xmx2g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.craftrank.bench.BenchmarkHarness "$MODE" "$OUT/run" target/quarkus-app/quarkus-run.jar \
    bench/hello/target/quarkus-app/quarkus-run.jar scoring-models/national-2024.yaml
cp "$OUT/run/harness.md" "$OUT/harness.md"

echo "== JMH: the pure ranking engine (bench/report/jmh.txt)" >&2
JMH_CP="bench/jmh/target/classes:$(cat bench/jmh/target/jmh-classpath.txt):target/classes"
if [ "$MODE" = smoke ]; then
  JMH_ARGS=(-f 1 -wi 1 -w 1s -i 1 -r 1s -p candidates=300 -p experts=30 -p method=MEAN)
else
  JMH_ARGS=(-wi 2 -w 2s -i 3 -r 2s -p candidates=300,3000,10000 -p experts=300)
fi
java -cp "$JMH_CP" org.openjdk.jmh.Main "${JMH_ARGS[@]}" -rf text -rff "$OUT/jmh.txt" RankingEngineBenchmark >"$OUT/jmh.log" 2>&1 \
  || { cat "$OUT/jmh.log" >&2; exit 1; }

if [ "$MODE" = full ]; then
  echo "== automatic assignment, solver alone vs plain OR-Tools flow (bench/report/autoassign.txt)" >&2
  bash bench/autoassign/run.sh 3 ungrouped | tee "$OUT/autoassign.txt" >&2
fi

{
  cat "$OUT/harness.md"
  echo
  echo "## JMH: ranking engine alone (no database, HTTP or JSON), ms per call"
  echo
  echo '```'
  cat "$OUT/jmh.txt"
  echo '```'
  if [ -f "$OUT/autoassign.txt" ] && [ "$MODE" = full ]; then
    echo
    echo "## Automatic assignment, solver alone (bench/autoassign)"
    echo
    echo '```'
    cat "$OUT/autoassign.txt"
    echo '```'
  fi
  echo
  echo "Load average at the end: $(cat /proc/loadavg)"
} > "$OUT/report.md"

# Smoke checks only that each part produced numbers.
grep -q "RankingEngineBenchmark.rank" "$OUT/jmh.txt" || { echo "JMH produced no result" >&2; exit 1; }
cat "$OUT/report.md"
