#!/usr/bin/env bash
# Liaison-submission and export benchmark (the numbers of the submissions issue).
#
#   bench/bulk_export.sh [path/to/quarkus-run.jar]
#
# 1. Starts the service in a fresh temporary directory (new H2 database; or PostgreSQL, see JDBC_URL) on a
#    free loopback port with -Xmx$XMX_LOAD, generates N rows of one organization as CSV (a liaison batch
#    carries one SDO's rows) and posts them as atomic submissions of PER_SUBMISSION rows each into the empty
#    database: rows/s, the service's CPU seconds per 1 000 rows, and (H2) the database file's size after the load.
# 2. Posts the same files again (every row unchanged): rows/s.
# 3. If EXPORT_N > N: loads further batches of the same generator run until EXPORT_N entries exist, restarts
#    the service on the same database with -Xmx$XMX_EXPORT and streams GET /api/v1/export?format=csv to a
#    file: MB/s, rows, the service's peak RSS, and whether it logged an OutOfMemoryError.
# The service is stopped by its PID and the temporary directory removed on exit. Results are printed as
# lines "RESULT name=value ...".
#
# Environment (all optional):
#   N=100000          rows of the benchmark load
#   PER_SUBMISSION=N  rows per submission (e.g. 50000: the load is two submissions)
#   EXPORT_N=0        entries for the export run (e.g. 1000000); 0 or <= N skips the export run
#   ORG=ITU-T         organization of the generated rows
#   SEED=42           generator seed
#   XMX_LOAD=1g       heap of the service while loading
#   XMX_EXPORT=256m   heap of the service for the export run
#   JDBC_URL=         run against PostgreSQL instead (the jar must be the PostgreSQL build); the database
#                     must exist and be empty; JDBC_USER (postgres), JDBC_PASSWORD
#   READY_TIMEOUT=300 seconds to wait for /q/health/ready
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="${1:-$ROOT/target/quarkus-app/quarkus-run.jar}"
N="${N:-100000}"
PER_SUBMISSION="${PER_SUBMISSION:-$N}"
EXPORT_N="${EXPORT_N:-0}"
ORG="${ORG:-ITU-T}"
SEED="${SEED:-42}"
XMX_LOAD="${XMX_LOAD:-1g}"
XMX_EXPORT="${XMX_EXPORT:-256m}"
READY_TIMEOUT="${READY_TIMEOUT:-300}"
TOKEN="bench-admin-token-0123456789"

log() { printf '[bulk_export.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java python3 curl; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required but not installed."
done
[ -f "$JAR" ] || die "jar not found: $JAR (build it with ./mvnw -B -q package -DskipTests, or pass its path)"
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
WORK="$(mktemp -d -t qitdb-bulk.XXXXXX)"
PID=""

stop() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    fi
    PID=""
}
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"

start() {
    local xmx="$1"
    local -a env=(QITDB_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1)
    if [ -n "${JDBC_URL:-}" ]; then
        env+=(QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="${JDBC_USER:-postgres}"
              QUARKUS_DATASOURCE_PASSWORD="${JDBC_PASSWORD:-}")
    fi
    (cd "$WORK" && exec env "${env[@]}" java "-Xmx$xmx" -jar "$JAR" >>"$WORK/service.log" 2>&1) &
    PID=$!
    local waited=0
    until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do
        sleep 1
        waited=$((waited + 1))
        kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/service.log" >&2; die "the service exited"; }
        [ "$waited" -lt "$READY_TIMEOUT" ] || die "not ready after $READY_TIMEOUT s"
    done
    log "service ready (pid $PID, -Xmx$xmx, $waited s)"
}

# Posts one CSV file as an atomic submission; prints "seconds created updated unchanged rejected".
submit() {
    local file="$1" reference="$2" start end code
    start="$(date +%s.%N)"
    code="$(curl -s -o "$WORK/report.json" -w '%{http_code}' --max-time 7200 -X POST \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$file" \
        "$BASE/api/v1/submissions?organization=$ORG&reference=$reference&mode=atomic")"
    end="$(date +%s.%N)"
    [ "$code" = 201 ] || { head -c 600 "$WORK/report.json" >&2; die "submission answered $code"; }
    python3 - "$WORK/report.json" "$start" "$end" <<'EOF'
import json, sys
counts = json.load(open(sys.argv[1]))["counts"]
print("%.2f %d %d %d %d" % (float(sys.argv[3]) - float(sys.argv[2]), counts["created"], counts["updated"],
                            counts["unchanged"], counts["rejected"]))
EOF
}

TOTAL="$N"
[ "$EXPORT_N" -gt "$N" ] && TOTAL="$EXPORT_N"
log "generating $TOTAL $ORG rows (seed $SEED) in batches of $N"
python3 "$HERE/generate.py" --count "$TOTAL" --seed "$SEED" --organization "$ORG" --format csv --out "$WORK/all.csv"
python3 - "$WORK/all.csv" "$N" "$WORK/batch" <<'EOF'
import sys
source, size, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(source, encoding="utf-8", newline="") as f:
    header = f.readline()
    out, count, part = None, 0, 0
    # generate.py writes no embedded newlines in its CSV: one line is one row
    for line in f:
        if out is None or count == size:
            if out:
                out.close()
            out = open("%s-%03d.csv" % (prefix, part), "w", encoding="utf-8", newline="")
            out.write(header)
            part, count = part + 1, 0
        out.write(line)
        count += 1
    if out:
        out.close()
EOF
rm -f "$WORK/all.csv"
BYTES="$(stat -c %s "$WORK/batch-000.csv")"

# the first N rows as submissions of PER_SUBMISSION rows
python3 - "$WORK/batch-000.csv" "$PER_SUBMISSION" "$WORK/load" <<'EOF'
import sys
source, size, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(source, encoding="utf-8", newline="") as f:
    header = f.readline()
    lines = f.readlines()
for part, first in enumerate(range(0, len(lines), size)):
    with open("%s-%03d.csv" % (prefix, part), "w", encoding="utf-8", newline="") as out:
        out.write(header)
        out.writelines(lines[first:first + size])
EOF

cpu_seconds() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$PID/stat"; }

# Loads every load-*.csv in turn; prints "seconds cpu_seconds created updated unchanged rejected", summed.
load_all() {
    local reference="$1" total_s=0 cpu_before cpu_after c=0 u=0 n=0 r=0
    cpu_before="$(cpu_seconds)"
    for file in "$WORK"/load-*.csv; do
        read -r secs created updated unchanged rejected < <(submit "$file" "$reference-$(basename "$file" .csv)")
        log "$reference $(basename "$file"): $secs s ($created created, $updated updated, $unchanged unchanged, $rejected rejected)"
        total_s="$(python3 -c "print($total_s + $secs)")"
        c=$((c + created)); u=$((u + updated)); n=$((n + unchanged)); r=$((r + rejected))
    done
    cpu_after="$(cpu_seconds)"
    echo "$total_s $(python3 -c "print(round($cpu_after - $cpu_before, 2))") $c $u $n $r"
}

start "$XMX_LOAD"
read -r secs cpu created updated unchanged rejected < <(load_all bench-load)
db_mb="n/a"
[ -z "${JDBC_URL:-}" ] && db_mb="$(du -sm "$WORK/data" | awk '{print $1}')"
echo "RESULT name=bulk-load rows=$N per_submission=$PER_SUBMISSION seconds=$secs rows_per_s=$(python3 -c "print(round($N/$secs))") cpu_s_per_1000_rows=$(python3 -c "print(round($cpu*1000/$N, 3))") created=$created rejected=$rejected csv_bytes=$BYTES h2_data_mb=$db_mb"
read -r secs cpu created updated unchanged rejected < <(load_all bench-reload)
echo "RESULT name=bulk-reload rows=$N per_submission=$PER_SUBMISSION seconds=$secs rows_per_s=$(python3 -c "print(round($N/$secs))") cpu_s_per_1000_rows=$(python3 -c "print(round($cpu*1000/$N, 3))") unchanged=$unchanged updated=$updated rejected=$rejected"

if [ "$EXPORT_N" -gt "$N" ]; then
    for file in "$WORK"/batch-*.csv; do
        [ "$file" = "$WORK/batch-000.csv" ] && continue
        read -r secs created updated unchanged rejected < <(submit "$file" "bench-$(basename "$file" .csv)")
        log "$(basename "$file"): $created created in $secs s"
        rm -f "$file"
    done
    stop
    start "$XMX_EXPORT"
    start_s="$(date +%s.%N)"
    curl -s --max-time 7200 -o "$WORK/export.csv" "$BASE/api/v1/export?format=csv"
    end_s="$(date +%s.%N)"
    rows=$(($(wc -l <"$WORK/export.csv") - 1))
    size="$(stat -c %s "$WORK/export.csv")"
    hwm_kb="$(awk '/VmHWM/ {print $2}' "/proc/$PID/status")"
    oom="$(grep -c OutOfMemoryError "$WORK/service.log" || true)"
    echo "RESULT name=export-csv xmx=$XMX_EXPORT rows=$rows bytes=$size seconds=$(python3 -c "print(round($end_s-$start_s,2))") mb_per_s=$(python3 -c "print(round($size/1e6/($end_s-$start_s),1))") peak_rss_mb=$((hwm_kb / 1024)) out_of_memory_errors=$oom"
fi
