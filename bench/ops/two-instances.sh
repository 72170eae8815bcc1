#!/usr/bin/env bash
# Two instances of the packaged application (PostgreSQL build) on one database: different ports, the same
# personal-data key. Seeds a scoring campaign through A, checks that a session cookie from A is valid on B (and
# that signing out on B ends it on A), submits every sheet concurrently through both (round-robin, and every
# RACE_EVERY-th sheet through both at once with different idempotency keys), then checks over JDBC that every
# acknowledged sheet is stored once with its scores and totals (no lost or duplicated write, one audit row per
# submit), that the two instances' submission counters add up, and that both serve the same ranking.
#
#   bench/ops/two-instances.sh [CANDIDATES EXPERTS THREADS RACE_EVERY]     (default 30 20 8 10)
# Needs target/ops/pg-app (bench/ops/build-apps.sh) and the local PostgreSQL cluster; uses its own database
# craftrank_prod2_two (recreated).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ -z "${CRAFTRANK_APP:-}" ]; then APP="$ROOT/target/ops/pg-app"; JAR="$APP/quarkus-run.jar"; fi
require_jar pg
candidates="${1:-30}" experts="${2:-20}" threads="${3:-8}" race_every="${4:-10}"
work="$(mktemp -d /tmp/craftrank-two.XXXXXX)"
pg_fresh_db craftrank_prod2_two
admin_password="two-instances-admin-password"
export QUARKUS_DATASOURCE_JDBC_URL="$(pg_url craftrank_prod2_two)"
export QUARKUS_DATASOURCE_USERNAME="$PG_ROLE" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD"
export CRAFTRANK_PII_KEY="$(random_key)" CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD="$admin_password"
export CRAFTRANK_DATA_DIR="$work/data"
unset QUARKUS_PROFILE || true

# Both start at the same moment: Flyway and the first-start administrator must cope with a second instance.
port_a="$(free_port)"; port_b="$(free_port)"
pid_a="$(start_instance "$work/a.log" "$port_a" -Dquarkus.profile=pg)"
pid_b="$(start_instance "$work/b.log" "$port_b" -Dquarkus.profile=pg)"
cleanup() { stop_instance "$pid_a"; stop_instance "$pid_b"; }
trap cleanup EXIT
wait_ready "$port_a" "$pid_a" 240 || die "instance A did not start (see $work/a.log)"
wait_ready "$port_b" "$pid_b" 240 || die "instance B did not start (see $work/b.log)"
a="http://127.0.0.1:$port_a"; b="http://127.0.0.1:$port_b"
echo "ok   A on $port_a and B on $port_b, one database"

ops_client seed "$a" "$admin_password" "$candidates" "$experts" "$work/state.json"
ops_client cookie "$a" "$b" "$admin_password"
ops_client submit "$work/state.json" "$work/acks" "$threads" "$a,$b" "$race_every"
ops_client verify "$QUARKUS_DATASOURCE_JDBC_URL" "$PG_ROLE" "$PG_PASSWORD" "$work/state.json" "$work/acks"
acked=$(sort -u "$work/acks" | wc -l)
[ "$acked" -eq $((candidates * experts)) ] || die "$acked of $((candidates * experts)) sheets acknowledged"

counter() { curl -fsS "$1/q/metrics" | awk '/^craftrank_sheet_submissions_total/ {print int($2)}'; }
count_a=$(counter "$a"); count_b=$(counter "$b")
echo "submission counters: A $count_a + B $count_b = $((count_a + count_b))"
[ $((count_a + count_b)) -eq "$acked" ] || die "the counters add up to $((count_a + count_b)), not $acked"

campaign=$(grep -o '"campaign":[0-9]*' "$work/state.json" | cut -d: -f2)
ops_client ranking "$a" "$admin_password" "$campaign" "$work/ranking-a.json" --deliberate
ops_client ranking "$b" "$admin_password" "$campaign" "$work/ranking-b.json"
cmp "$work/ranking-a.json" "$work/ranking-b.json" || die "A and B serve different rankings (see $work)"
echo "ok   A and B serve the same ranking ($(sha256sum < "$work/ranking-a.json" | cut -c1-16)…)"
echo "two-instances: all checks passed"
rm -rf "$work"
