#!/usr/bin/env bash
# Crash safety: loads score-sheet submissions into the packaged application and kills it with kill -9 at a
# random moment, KILLS times, restarting it each time; the client keeps the sheets it was told were stored
# (HTTP 200) and resubmits the others after the restart (same idempotency key). At the end the service is
# restarted once more and stopped, and JDBC checks that every acknowledged sheet is stored with exactly its
# scores, that every submitted sheet's capability totals and total match its items, and one audit row per submit.
#
#   bench/ops/crash.sh h2|pg [KILLS CANDIDATES EXPERTS THREADS]     (default 30 200 10 4)
# Each kill comes at a random moment 0–3 s after the first acknowledgement of that round, so it hits the
# service under load rather than while it starts.
# Needs target/ops/h2-app or target/ops/pg-app (bench/ops/build-apps.sh); PostgreSQL: own database
# craftrank_prod2_crash (recreated).
set -euo pipefail
kind="${1:?usage: crash.sh h2|pg [kills candidates experts threads]}"
kills="${2:-30}" candidates="${3:-200}" experts="${4:-10}" threads="${5:-4}"
source "$(dirname "$0")/lib.sh"
if [ -z "${CRAFTRANK_APP:-}" ]; then APP="$ROOT/target/ops/$kind-app"; JAR="$APP/quarkus-run.jar"; fi
require_jar "$kind"
work="$(mktemp -d /tmp/craftrank-crash.XXXXXX)"
admin_password="crash-test-admin-password"
export CRAFTRANK_PII_KEY="$(random_key)" CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD="$admin_password"
export CRAFTRANK_DATA_DIR="$work/data"
unset QUARKUS_PROFILE || true
if [ "$kind" = pg ]; then
    profile=pg
    pg_fresh_db craftrank_prod2_crash
    export QUARKUS_DATASOURCE_JDBC_URL="$(pg_url craftrank_prod2_crash)"
    export QUARKUS_DATASOURCE_USERNAME="$PG_ROLE" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD"
    jdbc="$QUARKUS_DATASOURCE_JDBC_URL"; db_user="$PG_ROLE"; db_password="$PG_PASSWORD"
else
    profile=prod
    jdbc="jdbc:h2:file:$work/data/craftrank"; db_user=craftrank; db_password=craftrank
fi
port="$(free_port)"; url="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true' EXIT

start() {
    local t0; t0=$(date +%s%N)
    pid="$(start_instance "$work/service.log.$1" "$port" -Dquarkus.profile="$profile")"
    wait_ready "$port" "$pid" 240 || die "the service did not come back after kill $1 (see $work/service.log.$1)"
    echo $(( ($(date +%s%N) - t0) / 1000000 )) >> "$work/restart-ms"
}

start 0
ops_client seed "$url" "$admin_password" "$candidates" "$experts" "$work/state.json"
total=$((candidates * experts))
touch "$work/acks"
for i in $(seq 1 "$kills"); do
    [ "$i" -eq 1 ] || start "$i"
    ops_client submit "$work/state.json" "$work/acks" "$threads" "$url" > "$work/client.$i" 2>&1 &
    client=$!
    before=$(wc -l < "$work/acks")
    for _ in $(seq 1 600); do
        [ "$(wc -l < "$work/acks")" -gt "$before" ] && break
        kill -0 "$client" 2>/dev/null || break
        sleep 0.05
    done
    delay_ms=$(( RANDOM % 3000 ))
    sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    wait "$client" || true
    echo "kill $i ${delay_ms} ms after the round's first acknowledgement: $(sort -u "$work/acks" | wc -l) of $total acknowledged"
done
start final
ops_client submit "$work/state.json" "$work/acks" "$threads" "$url" > "$work/client.final" 2>&1
stop_instance "$pid"; pid=""
ops_client verify "$jdbc" "$db_user" "$db_password" "$work/state.json" "$work/acks"
acked=$(sort -u "$work/acks" | wc -l)
[ "$acked" -eq "$total" ] || die "only $acked of $total sheets acknowledged after the final run"
restarts=$(sort -n "$work/restart-ms" | awk '{a[NR]=$1} END {print "restart to ready: median " a[int((NR+1)/2)] " ms, max " a[NR] " ms over " NR " starts"}')
echo "crash $kind: $kills kills, $total sheets acknowledged and verified; $restarts"
rm -rf "$work"
