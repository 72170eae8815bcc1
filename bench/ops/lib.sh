# Shared helpers of the operations scripts (sourced, not run). Instances are started from the packaged jar
# and stopped by their own process id only.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
# The model files are found relative to the working directory unless told where they are.
export CRAFTRANK_SCORING_MODELS_DIR="${CRAFTRANK_SCORING_MODELS_DIR:-$ROOT/scoring-models}"

die() { echo "FAIL: $*" >&2; exit 1; }

require_jar() {
    [ -f "$JAR" ] || die "no $JAR: build it first (./mvnw -B package -DskipTests${1:+ -Dquarkus.profile=$1})"
}

# A free TCP port chosen by the kernel.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

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
        if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then return 0; fi
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
