#!/usr/bin/env bash
# Issue 19: the ranking's computed pull, repeated pull and diagnostics beside the raw SQL aggregation of the same
# rows, the application under a heap limit. Writes bench/report/ranking/ranking.md.
#   bench/ranking.sh                                   # 300 and 3,000 candidates, -Xmx512m
#   BENCH_OPTS="-Dbench.sizes=300,3000,10000" bench/ranking.sh
# Other settings: -Dbench.pulls=7 (timed pulls per figure), -Dbench.heap=512m; BENCH_SKIP_PACKAGE=1 reuses
# target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="bench/report/ranking"
mkdir -p "$OUT"
if [ "${BENCH_SKIP_PACKAGE:-0}" != 1 ]; then ./mvnw -B -q package -DskipTests; fi
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
# shellcheck disable=SC2086
java -Xmx1g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.craftrank.bench.RankingBench "$OUT" target/quarkus-app/quarkus-run.jar scoring-models/national-2024.yaml
