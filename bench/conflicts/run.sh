#!/usr/bin/env bash
# Conflict-matrix benchmark: 300 experts x 10,000 candidates (seeded), one reused check against the rules
# applied afresh per pair, measured in the same run. Not part of the test suite.
#   bench/conflicts/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.craftrank.scoring.conflict.ConflictMatrixBenchmark "$@"
