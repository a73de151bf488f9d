#!/usr/bin/env bash
# The landscape report at N entries (default 100 000): starts the jar (-Xmx512m) in a fresh directory on a free
# 127.0.0.1 port, loads N generated entries through the bulk endpoint, then times REPEAT sequential requests of each
# form of the draft (JSON, HTML, PDF, Markdown), freezes an edition and times reading it back as JSON and PDF.
# Repeated requests of a draft are answered from its cache; "first s" is the computation. Per request: wall time (curl), the service's CPU time (utime + stime from /proc/PID/stat), and the RSS after it;
# the peak RSS over the whole run. Prints a markdown table; stops the service by PID and removes the directory.
#   ./mvnw -B -q package -DskipTests && bench/report.sh            N=100000 REPEAT=5
#   N=2000 REPEAT=2 bench/report.sh                                 quick check
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$(realpath "${1:-$ROOT/target/quarkus-app/quarkus-run.jar}")"
N="${N:-100000}"
SEED="${SEED:-42}"
REPEAT="${REPEAT:-5}"
SINCE="${SINCE:-2024-01-01}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
[ -f "$JAR" ] || { echo "no jar at $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }

WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
TOKEN="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
PID=""
cleanup() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID"
        for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$PID/stat"; }
rss_mb() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$PID/status"; }
hwm_mb() { awk '/^VmHWM:/ {printf "%d", $2 / 1024}' "/proc/$PID/status"; }

mkdir "$WORK/app"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$WORK/app" && exec env QITDB_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    java -Xmx512m -jar "$JAR") >"$WORK/service.log" 2>&1 &
PID=$!
deadline=$(( $(date +%s) + READY_TIMEOUT ))
until curl -fsS -o /dev/null --max-time 2 "$BASE/q/health/ready" 2>/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -n 40 "$WORK/service.log" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not ready after ${READY_TIMEOUT}s" >&2; exit 1; }
    sleep 0.2
done
log "ready; generating and loading $N entries"
python3 "$HERE/generate.py" --count "$N" --seed "$SEED" --format ndjson --out "$WORK/data.ndjson"
QITDB_ADMIN_TOKEN="$TOKEN" python3 "$HERE/load.py" load --base "$BASE" --mode submissions "$WORK/data.ndjson" >"$WORK/load.out"
grep '^LOAD ' "$WORK/load.out" >&2
TOTAL="$(curl -fsS "$BASE/api/v1/standards?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalItems"])')"
log "$TOTAL entries; idle RSS $(rss_mb) MB"

# one timed request: prints "seconds cpu_ms bytes rss_mb"
timed() {
    local before after out
    before="$(cpu_ms)"
    out="$(curl -fsS -o "$WORK/body" -w '%{time_total} %{size_download}' "$@")"
    after="$(cpu_ms)"
    echo "$(echo "$out" | cut -d' ' -f1) $(( after - before )) $(echo "$out" | cut -d' ' -f2) $(rss_mb)"
}

declare -a ROWS
measure() {
    local label="$1"; shift
    local times=() cpus=() bytes=0 rss=0
    for i in $(seq 1 "$REPEAT"); do
        read -r s c b r <<<"$(timed "$@")"
        times+=("$s"); cpus+=("$c"); bytes="$b"; rss="$r"
        log "$label #$i: ${s}s, ${c} ms CPU, $b bytes, RSS $r MB"
    done
    local sorted median best
    sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
    median="$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    best="$(echo "$sorted" | awk 'NR == 1')"
    ROWS+=("| $label | ${times[0]} | $median | $best | $(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') | $bytes | $rss |")
}

Q="since=$SINCE"
measure "draft JSON" "$BASE/api/v1/reports/draft?$Q&format=json"
# another date: the landscape analysis is cached by now, the report's own work (texts, history, similarity) is not
measure "draft JSON, another since" "$BASE/api/v1/reports/draft?since=2023-01-01&format=json"
measure "draft HTML" "$BASE/api/v1/reports/draft?$Q&format=html"
measure "draft PDF" "$BASE/api/v1/reports/draft?$Q&format=pdf"
measure "draft Markdown" "$BASE/api/v1/reports/draft?$Q&format=md"
measure "draft JSON, topic qkdn" "$BASE/api/v1/reports/draft?$Q&format=json&topic=qkdn"
EDITION="$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Benchmark edition\",\"since\":\"$SINCE\"}" "$BASE/api/v1/reports" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
measure "edition JSON" "$BASE/api/v1/reports/$EDITION?format=json"
measure "edition PDF" "$BASE/api/v1/reports/$EDITION?format=pdf"
LOADAVG_END="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "- $TOTAL entries (N=$N generated, seed $SEED, plus the sample), java -Xmx512m, $(nproc) CPUs, since=$SINCE, $REPEAT sequential requests each"
echo "- load average at start: $LOADAVG_START; at end: $LOADAVG_END; peak RSS of the service: $(hwm_mb) MB"
echo
echo "| request | first s | median s | best s | median CPU ms | bytes | RSS after, MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
