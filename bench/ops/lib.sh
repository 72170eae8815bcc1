# Shared helpers of the operations scripts (sourced, not run). Instances are started from the packaged jar
# and stopped by their own process id only.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# The packaged application (CRAFTRANK_APP: another quarkus-app folder, e.g. the PostgreSQL build from build-apps.sh).
APP="${CRAFTRANK_APP:-$ROOT/target/quarkus-app}"
JAR="$APP/quarkus-run.jar"
# The model files are found relative to the working directory unless told where they are.
export CRAFTRANK_SCORING_MODELS_DIR="${CRAFTRANK_SCORING_MODELS_DIR:-$ROOT/scoring-models}"

die() { echo "FAIL: $*" >&2; exit 1; }

require_jar() {
    [ -f "$JAR" ] || die "no $JAR: build it first (./mvnw -B package -DskipTests${1:+ -Dquarkus.profile=$1})"
}

# A TCP port nobody listens on (bash only: CI machines need not have python or curl).
free_port() {
    local port
    while :; do
        port=$(( 20000 + RANDOM % 40000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

# http_status <port> <path>: the status code of a GET on localhost, 000 when nothing answers.
http_status() {
    local line
    line=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3 \
        && timeout 10 head -n 1 <&3) 2>/dev/null) || true
    set -- $line
    echo "${2:-000}"
}

# start_instance <log> <port> [extra java args...]: starts the jar in the background, prints its pid.
# The environment (CRAFTRANK_*, QUARKUS_*) is inherited from the caller.
start_instance() {
    local log="$1" port="$2"; shift 2
    QUARKUS_HTTP_PORT="$port" nohup java -Xmx384m -XX:TieredStopAtLevel=1 "$@" -jar "$JAR" >"$log" 2>&1 &
    echo $!
}

# wait_ready <port> <pid> [seconds]: waits for /q/health/ready, fails if the process died.
wait_ready() {
    local port="$1" pid="$2" limit="${3:-120}" i
    for ((i = 0; i < limit * 4; i++)); do
        if [ "$(http_status "$port" /q/health/ready)" = 200 ]; then return 0; fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.25
    done
    return 1
}

stop_instance() {
    local pid="$1"
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
}

random_key() { head -c 32 /dev/urandom | base64; }

# ops_client <command> <args...>: the Java helper (OpsClient.java), compiled once against the application's libraries.
ops_client() {
    local out="$ROOT/target/ops-client"
    if [ ! -f "$out/OpsClient.class" ] || [ "$ROOT/bench/ops/OpsClient.java" -nt "$out/OpsClient.class" ]; then
        mkdir -p "$out"
        javac -d "$out" -cp "$APP/lib/main/*" "$ROOT/bench/ops/OpsClient.java"
    fi
    java -cp "$out:$APP/lib/main/*" OpsClient "$@"
}

h2_jar() { ls "$APP"/lib/main/com.h2database.h2-*.jar; }

# PostgreSQL: the local cluster, a role and databases of these scripts' own (never craftrank_test).
PG_ROLE="${CRAFTRANK_OPS_DB_USER:-craftrank_prod2}"
PG_PASSWORD="${CRAFTRANK_OPS_DB_PASSWORD:-prod2-ops-password}"
pg_port() { pg_lsclusters -h | awk '$2 == "main" && $4 == "online" {print $3; exit}'; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi; }
# pg_fresh_db <name>: (re)creates an empty database owned by the scripts' role.
pg_fresh_db() {
    local port; port="$(pg_port)"; [ -n "$port" ] || die "no PostgreSQL cluster online (pg_ctlcluster 15 main start)"
    case "$1" in craftrank_test|craftrank) die "refusing to recreate $1";; esac
    if [ -z "$(as_postgres psql -p "$port" -tAc "select 1 from pg_roles where rolname = '$PG_ROLE'")" ]; then
        as_postgres psql -q -p "$port" -c "create role \"$PG_ROLE\" login password '$PG_PASSWORD'"
    fi
    as_postgres psql -q -p "$port" -c "drop database if exists \"$1\"" -c "create database \"$1\" owner \"$PG_ROLE\""
}
pg_url() { echo "jdbc:postgresql://localhost:$(pg_port)/$1"; }
