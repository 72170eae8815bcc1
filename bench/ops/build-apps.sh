#!/usr/bin/env bash
# Builds the application twice, for H2 and for PostgreSQL (the database kind is fixed at build time), into
# target/ops/h2-app and target/ops/pg-app, which the operations scripts run with CRAFTRANK_APP=…
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/ops
./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
rm -rf target/ops/pg-app && cp -r target/quarkus-app target/ops/pg-app
./mvnw -B -q package -DskipTests
rm -rf target/ops/h2-app && cp -r target/quarkus-app target/ops/h2-app
echo "built target/ops/h2-app and target/ops/pg-app"
