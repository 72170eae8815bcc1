#!/usr/bin/env bash
# Backup and restore, checked: seeds a database with the demo (two campaigns, 30 candidates, sheets, audit rows)
# plus a sign-in, takes a canonical export (OpsClient export: every table, rows by primary key), backs the database
# up with the dossier file store, restores both into a fresh place, exports that, and requires the two exports and
# the two file stores to be byte-identical. Then
# starts the service on the restored database and reads personal data and a dossier file back through it (the key
# is kept apart from the backup and must be restored with it).
#
#   bench/ops/backup-restore.sh h2    # offline: H2's Script / RunScript tools (in the h2 jar of the application)
#   bench/ops/backup-restore.sh pg    # online: pg_dump -Fc / pg_restore, own databases craftrank_prod2_bk_*
#
# Needs the packaged application: target/ops/h2-app or target/ops/pg-app (bench/ops/build-apps.sh), or
# CRAFTRANK_APP pointing at a quarkus-app folder built for that database.
set -euo pipefail
kind="${1:?usage: backup-restore.sh h2|pg}"
source "$(dirname "$0")/lib.sh"
if [ -z "${CRAFTRANK_APP:-}" ]; then APP="$ROOT/target/ops/$kind-app"; JAR="$APP/quarkus-run.jar"; fi
require_jar "$kind"
work="$(mktemp -d /tmp/craftrank-backup.XXXXXX)"
unset QUARKUS_PROFILE CRAFTRANK_PII_KEY || true
profile=demo
if [ "$kind" = pg ]; then
    profile=pg,demo
    pg_fresh_db craftrank_prod2_bk_source
    pg_fresh_db craftrank_prod2_bk_restored
    export QUARKUS_DATASOURCE_USERNAME="$PG_ROLE" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD"
    source_url="$(pg_url craftrank_prod2_bk_source)"; restored_url="$(pg_url craftrank_prod2_bk_restored)"
else
    source_url="jdbc:h2:file:$work/source/craftrank"; restored_url="jdbc:h2:file:$work/restored/craftrank"
fi
db_user="${QUARKUS_DATASOURCE_USERNAME:-craftrank}"; db_password="${QUARKUS_DATASOURCE_PASSWORD:-craftrank}"

# run_service <data-dir> <jdbc-url> <log>: starts the demo on that database, prints the pid once ready.
run_service() {
    local port pid; port="$(free_port)"
    if [ "$kind" = pg ]; then export QUARKUS_DATASOURCE_JDBC_URL="$2"; fi
    pid="$(CRAFTRANK_DATA_DIR="$1" start_instance "$3" "$port" -Dquarkus.profile="$profile")"
    wait_ready "$port" "$pid" 240 || { stop_instance "$pid"; die "the service did not start (see $3)"; }
    echo "$pid $port"
}

# dossier_file <base-url> <out-file>: signs in as demo-admin and downloads the first demo candidate's evidence PDF;
# prints "<file id> <sha256 the dossier row names>".
dossier_file() {
    local jar="$work/cookies.$RANDOM" cid fid sha
    curl -fsS -c "$jar" -H 'Content-Type: application/json' \
        -d '{"username":"demo-admin","password":"demo-password"}' "$1/api/session" >/dev/null
    cid="$(curl -fsS -b "$jar" "$1/api/campaigns/1/candidates" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
    read -r fid sha < <(curl -fsS -b "$jar" "$1/api/campaigns/1/candidates/$cid/dossier" | python3 -c '
import json, sys
d = json.load(sys.stdin)
f = [s for s in d["sections"] if s["code"] == "LEAD1"][0]["files"][0]
print(f["id"], f["sha256"])')
    curl -fsS -b "$jar" -o "$2" "$1/api/campaigns/1/candidates/$cid/dossier/files/$fid/content"
    rm -f "$jar"
    echo "$fid $sha"
}

# 1. Seed: the demo (with its dossier files), and a sign-in (a session row and audit rows).
read -r pid port < <(run_service "$work/source" "$source_url" "$work/source.log") || true
[ -n "${port:-}" ] || die "the service did not start on the source database (see $work/source.log)"
ops_client signin "http://127.0.0.1:$port" demo-admin demo-password
read -r file_id file_sha < <(dossier_file "http://127.0.0.1:$port" "$work/before.pdf")
[ "$(sha256sum < "$work/before.pdf" | cut -d' ' -f1)" = "$file_sha" ] || die "the source file does not match its row"

# 2. Backup. PostgreSQL: online, while the service runs. H2 (embedded, one process holds the file): offline.
if [ "$kind" = pg ]; then
    ops_client export "$source_url" "$db_user" "$db_password" "$work/before.txt"
    start=$(date +%s%N)
    PGPASSWORD="$PG_PASSWORD" pg_dump -Fc -h localhost -p "$(pg_port)" -U "$PG_ROLE" -d craftrank_prod2_bk_source \
        -f "$work/backup.dump"
    backup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    stop_instance "$pid"
    backup="$work/backup.dump"
else
    stop_instance "$pid"
    ops_client export "$source_url" "$db_user" "$db_password" "$work/before.txt"
    start=$(date +%s%N)
    java -cp "$(h2_jar)" org.h2.tools.Script -url "$source_url" -user "$db_user" -password "$db_password" \
        -script "$work/backup.zip" -options compression zip
    backup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    backup="$work/backup.zip"
fi
mkdir -p "$work/restored"
cp "$work/source/pii.key" "$work/restored/pii.key"   # the key travels separately from the backup
# The dossier files: the store folder as it is (already encrypted with the key above), taken after the database so
# that every file a row names is in it (an object no row names is removed by the service's orphan purge).
tar -C "$work/source" -cf "$work/files.tar" files

# 3. Restore into a fresh database.
start=$(date +%s%N)
if [ "$kind" = pg ]; then
    PGPASSWORD="$PG_PASSWORD" pg_restore --no-owner -h localhost -p "$(pg_port)" -U "$PG_ROLE" \
        -d craftrank_prod2_bk_restored "$backup"
else
    java -cp "$(h2_jar)" org.h2.tools.RunScript -url "$restored_url" -user "$db_user" -password "$db_password" \
        -script "$backup" -options compression zip
fi
tar -C "$work/restored" -xf "$work/files.tar"
restore_ms=$(( ($(date +%s%N) - start) / 1000000 ))
diff -r "$work/source/files" "$work/restored/files" >/dev/null || die "the restored file store differs"
echo "ok   file store restored byte-identically: $(find "$work/restored/files" -type f | wc -l) encrypted files"
ops_client export "$restored_url" "$db_user" "$db_password" "$work/after.txt"
cmp "$work/before.txt" "$work/after.txt" || die "the restored database differs (diff $work/before.txt $work/after.txt)"
echo "ok   canonical exports identical: $(wc -l < "$work/before.txt") lines, sha256 $(sha256sum < "$work/before.txt" | cut -c1-16)…"

# 4. The service runs on the restored database and decrypts its personal data with the restored key.
port=""; read -r pid port < <(run_service "$work/restored" "$restored_url" "$work/restored.log") || true
[ -n "${port:-}" ] || die "the service did not start on the restored database (see $work/restored.log)"
ops_client restored "http://127.0.0.1:$port" demo-admin demo-password || { stop_instance "$pid"; die "the restored service failed the check"; }
read -r _ restored_sha < <(dossier_file "http://127.0.0.1:$port" "$work/after.pdf") || { stop_instance "$pid"; die "no dossier file on the restored service"; }
cmp -s "$work/before.pdf" "$work/after.pdf" || { stop_instance "$pid"; die "the restored service reads another file"; }
echo "ok   the restored service decrypts a dossier file to the same bytes (sha256 ${restored_sha:0:16}…)"
stop_instance "$pid"
echo "ok   the service starts on the restored database"
echo "backup-restore $kind: backup $(basename "$backup") ($(stat -c %s "$backup") bytes) in ${backup_ms} ms, restore in ${restore_ms} ms"
rm -rf "$work"
