#!/usr/bin/env bash
# Dossier file throughput (issue 20), two parts, figures in BENCHMARKS.md:
#   bench/dossier/run.sh [full|smoke]
# 1. StoreBench: 20 MB through the encrypted folder store (encrypt + fsync'd atomic write, then read + decrypt) against a
#    raw file copy (with fsync), and the heap while 200 MB stream through with -Xmx64m (no HTTP, no service).
# 2. DossierHttpBench: the packaged service (started twice: encrypted folder store, then S3 store on S3Proxy started in
#    the bench JVM) takes a 20 MB file up and down over HTTP (multipart upload streamed from disk), 5 times, against
#    a raw file copy and a raw S3 PUT/GET of the same bytes to the same S3Proxy in the same run; then 200 MB up and
#    down while the service's heap (/q/metrics) and RSS (/proc) are sampled, the service running with -Xmx192m.
#    smoke: 2 MB once and 8 MB (checks that it runs; about two minutes, most of it starting the service twice).
# Builds the application unless BENCH_SKIP_PACKAGE=1. Prints the load average before and after each part.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE="${1:-full}"
case "$MODE" in smoke|full) ;; *) echo "usage: bench/dossier/run.sh [full|smoke]" >&2; exit 2 ;; esac
out=target/dossier-bench
mkdir -p "$out"
if [ "${BENCH_SKIP_PACKAGE:-0}" != 1 ]; then ./mvnw -B -q package -DskipTests; fi
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

echo "== store alone (StoreBench)"
javac -cp target/classes -d "$out" bench/dossier/StoreBench.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx64m -cp "target/classes:$out" StoreBench
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== over HTTP through the service (DossierHttpBench, $MODE)"
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.craftrank.bench.DossierHttpBench "$MODE" "$out" target/quarkus-app/quarkus-run.jar 2>"$out/http-bench.err"
