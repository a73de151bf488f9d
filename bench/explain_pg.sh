#!/usr/bin/env bash
# Query plans of the benchmark requests on PostgreSQL, as the service really runs them.
#
#   bench/explain_pg.sh path/to/postgres-build/quarkus-run.jar DATABASE
#
# DATABASE is a loaded benchmark database on 127.0.0.1:5432 (e.g. the one `JDBC_URL=… bench/run.sh` filled).
# Turns on auto_explain (ANALYZE, BUFFERS) for that database only, starts the service on it, sends one request
# of each benchmark kind, and prints every plan PostgreSQL logged meanwhile, grouped by request. Then turns
# auto_explain off again and stops the service by its PID. Needs a superuser (user postgres, trust auth) and
# read access to the server log (PGLOG; by default the file `pg_lsclusters` names for the cluster).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${1:?jar of the PostgreSQL build}"
DB="${2:?database name}"
PSQL=(psql -h 127.0.0.1 -U "${JDBC_USER:-postgres}" -d "$DB" -qAt)
PGLOG="${PGLOG:-$(pg_lsclusters -h | awk '$2 == "main" {print $7; exit}')}"
[ -r "$PGLOG" ] || { echo "cannot read the PostgreSQL log '$PGLOG' (set PGLOG)" >&2; exit 1; }
TOKEN="bench-admin-token-0123456789"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d -t qitdb-explain.XXXXXX)"
PID=""

settings=(session_preload_libraries auto_explain.log_min_duration auto_explain.log_analyze auto_explain.log_buffers
          auto_explain.log_nested_statements)
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    for s in "${settings[@]}"; do "${PSQL[@]}" -c "alter database \"$DB\" reset $s" || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

"${PSQL[@]}" -c "alter database \"$DB\" set session_preload_libraries = 'auto_explain'" \
    -c "alter database \"$DB\" set auto_explain.log_min_duration = 0" \
    -c "alter database \"$DB\" set auto_explain.log_analyze = on" \
    -c "alter database \"$DB\" set auto_explain.log_buffers = on" \
    -c "alter database \"$DB\" set auto_explain.log_nested_statements = on"

(cd "$WORK" && exec env QITDB_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME="${JDBC_USER:-postgres}" \
    java -Xmx512m -jar "$JAR" >"$WORK/service.log" 2>&1) &
PID=$!
for _ in $(seq 1 180); do curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/q/health/ready" >/dev/null || { tail -20 "$WORK/service.log" >&2; exit 1; }

ID="$(curl -fs "$BASE/api/v1/standards?organization=ETSI&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
requests=(
    "get-by-id|/api/v1/standards/$ID"
    "search identifier (y3800)|/api/v1/standards?q=y3800"
    "search words (key relay)|/api/v1/standards?q=key%20relay"
    "search phrase and exclusion (\"trusted node\" -security)|/api/v1/standards?q=%22trusted%20node%22%20-security"
    "filtered page (organization, status, topic)|/api/v1/standards?organization=ETSI&status=published&topic=qkd&size=50"
    "filtered page with facets|/api/v1/standards?organization=ETSI&status=published&topic=qkd&size=50&facets=organization,status,topic,year"
)
for entry in "${requests[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    # warm the connection and the caches once, then log only the measured request
    curl -fs -o /dev/null "$BASE$path"
    sleep 1
    before="$(stat -c %s "$PGLOG")"
    curl -fs -o /dev/null -w "" "$BASE$path"
    sleep 1
    printf '\n## %s\n\n`GET %s`\n\n```\n' "$name" "$path"
    tail -c +"$((before + 1))" "$PGLOG" | python3 "$HERE/explain_extract.py"
    printf '```\n'
done
