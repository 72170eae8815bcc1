#!/usr/bin/env bash
# Launches the packaged jar with the production configuration and checks that it refuses to start without its
# secrets or on a database holding demo accounts: a non-zero exit and a message naming the property, never the
# secret's value. Then checks that the same jar starts when given a key (so the refusals are not unconditional).
# Needs the H2 build: ./mvnw -B package -DskipTests  (about 1 minute of launches).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_jar

work="$(mktemp -d /tmp/craftrank-refusal.XXXXXX)"
# kept on failure for its logs, removed on success
unset CRAFTRANK_PII_KEY QUARKUS_PROFILE || true
export CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD=refusal-test-password

# expect_refusal <name> <data-dir> <expected text> [env...]: the jar must exit non-zero within 2 minutes.
expect_refusal() {
    local name="$1" dir="$2" expected="$3"; shift 3
    local log="$work/$name.log" rc=0
    env "$@" CRAFTRANK_DATA_DIR="$dir" QUARKUS_HTTP_PORT="$(free_port)" \
        timeout 120 java -XX:TieredStopAtLevel=1 -Dquarkus.profile=prod -jar "$JAR" >"$log" 2>&1 || rc=$?
    [ "$rc" -ne 0 ] || die "$name: the service started (exit 0)"
    [ "$rc" -ne 124 ] || die "$name: the service did not stop within 2 minutes"
    grep -q "Refusing to start with the production configuration" "$log" || die "$name: no refusal message (see $log)"
    grep -qF -- "$expected" "$log" || die "$name: the message does not name '$expected'"
    echo "ok   $name: exit $rc, names '$expected'"
}

expect_refusal missing-key "$work/empty" "craftrank.pii.key: not set (environment CRAFTRANK_PII_KEY)"

bad_key="$(head -c 16 /dev/urandom | base64)"
expect_refusal short-key "$work/empty" "craftrank.pii.key: must be the Base64 encoding of 32 random bytes" \
    CRAFTRANK_PII_KEY="$bad_key"
grep -qF -- "$bad_key" "$work/short-key.log" && die "short-key: the log repeats the key"
echo "ok   short-key: the key's value is not in the log"

expect_refusal local-key "$work/empty" "craftrank.pii.generate-local-key: must be false" \
    CRAFTRANK_PII_GENERATE_LOCAL_KEY=true

# A database that ran the demo: start the demo on it once, then the production configuration on it.
port="$(free_port)"
pid="$(CRAFTRANK_DATA_DIR="$work/demo" start_instance "$work/demo.log" "$port" -Dquarkus.profile=demo)"
wait_ready "$port" "$pid" 180 || { stop_instance "$pid"; die "the demo did not start (see $work/demo.log)"; }
stop_instance "$pid"
key="$(random_key)"
expect_refusal demo-accounts "$work/demo" "demo accounts: this database holds" CRAFTRANK_PII_KEY="$key"
grep -qF -- "$key" "$work/demo-accounts.log" && die "demo-accounts: the log repeats the key"

# Given a key, on a fresh database, the same jar starts.
port="$(free_port)"
pid="$(CRAFTRANK_PII_KEY="$key" CRAFTRANK_DATA_DIR="$work/fresh" start_instance "$work/fresh.log" "$port" -Dquarkus.profile=prod)"
if wait_ready "$port" "$pid" 120; then
    echo "ok   with-key: starts and is ready"
else
    stop_instance "$pid"; die "with a key the service did not start (see $work/fresh.log)"
fi
stop_instance "$pid"
grep -qF -- "$key" "$work/fresh.log" && die "with-key: the log repeats the key"
echo "all start-up refusals behave"
rm -rf "$work"
