#!/usr/bin/env bash
# Auto-assignment benchmark: 10,000 candidates x 300 experts x R = 9 (seeded), solve time against a plain
# OR-Tools min-cost flow baseline measured in the same run. Not part of the test suite.
#   bench/autoassign/run.sh [runs] [grouped|ungrouped|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.craftrank.scoring.autoassign.AutoAssignBenchmark "$@"
