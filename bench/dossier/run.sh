#!/usr/bin/env bash
# Dossier file store throughput: 20 MB through the encrypted folder store (encrypt + fsync'd atomic write, then
# read + decrypt) against a raw file copy (with fsync) in the same run, and the heap while 200 MB stream through
# with -Xmx64m. Needs the compiled classes (./mvnw -B compile). Prints the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/dossier-bench
mkdir -p "$out"
javac -cp target/classes -d "$out" bench/dossier/StoreBench.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx64m -cp "target/classes:$out" StoreBench
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
