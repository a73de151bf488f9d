#!/usr/bin/env bash
# End-to-end benchmark of qitdb on this machine.
#
#   bench/run.sh [path/to/quarkus-run.jar]
#
# Starts the service from a fresh temporary directory (new H2 database) on a free loopback port with
# -Xmx512m, measures time to ready and idle RSS, generates and loads N synthetic standards, gathers their
# ids, runs the wrk scenarios in bench/wrk/ (a warm-up run, then a measured run each) and prints a
# markdown table. The service is stopped by its PID and the temporary directory removed on exit.
#
# Environment (all optional):
#   N=100000            entries to generate and load
#   SEED=42             generator seed
#   LOAD_MODE=auto      auto | submissions | single   (see load.py)
#   WORKERS=16          threads for the single-POST fallback
#   CHUNK=50000         max lines per bulk submission (one organization per submission)
#   THREADS=2 CONNECTIONS=16 DURATION=15s WARMUP=5s WRK_TIMEOUT=60s   wrk settings
#   SCENARIOS="get-by-id filtered-page filtered-facets search landscape landscape-gzip landscape-uncached"
#   SERIAL_DURATION=30s also run each scenario on one connection (wrk -t1 -c1) for its unloaded latency; 0 = skip
#   PRIME_TIMEOUT=300   max seconds per request when priming a scenario that names a URL list ("-- urls: file")
#   QUIESCE_MAX=300     max seconds to wait for the service to go idle between runs
#   IDLE_WAIT=5         seconds to wait after ready before reading the idle RSS
#   READY_TIMEOUT=180   seconds to wait for /q/health/ready
#   REPORT=file.md      also write the report to this file
#   KEEP_LOG=file.log   copy the service log here before the temp dir is removed
#   JDBC_URL=...        run on PostgreSQL instead of a fresh H2 file: pass the PostgreSQL build's jar and an
#                       empty database (JDBC_USER=postgres, JDBC_PASSWORD= by default)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="${1:-$ROOT/target/quarkus-app/quarkus-run.jar}"

N="${N:-100000}"
SEED="${SEED:-42}"
LOAD_MODE="${LOAD_MODE:-auto}"
WORKERS="${WORKERS:-16}"
CHUNK="${CHUNK:-50000}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
WRK_TIMEOUT="${WRK_TIMEOUT:-60s}"
SCENARIOS="${SCENARIOS:-get-by-id filtered-page filtered-facets search landscape landscape-gzip landscape-uncached}"
SERIAL_DURATION="${SERIAL_DURATION:-30s}"
IDLE_WAIT="${IDLE_WAIT:-5}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
PRIME_TIMEOUT="${PRIME_TIMEOUT:-300}"

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- prerequisites
if ! command -v wrk >/dev/null 2>&1; then
    die "wrk is not installed. Install it (Debian/Ubuntu: apt-get install -y wrk) and run again."
fi
for tool in java python3 curl; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required but not installed."
done
[ -f "$JAR" ] || die "jar not found: $JAR (build it with ./mvnw -B -q package -DskipTests, or pass its path)"
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

WORK="$(mktemp -d -t qitdb-bench.XXXXXX)"
PID=""

CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# Waits until the service has used less than 20% of one CPU for 2 consecutive seconds: requests that wrk
# abandoned when it stopped may still run server-side and would otherwise spill into the next measurement.
# Prints the seconds waited.
wait_idle() {
    local max="${QUIESCE_MAX:-300}" waited=0 calm=0 prev now
    prev="$(cpu_ticks "$PID")"
    while [ "$waited" -lt "$max" ]; do
        sleep 1
        waited=$((waited + 1))
        now="$(cpu_ticks "$PID")"
        if [ $((now - prev)) -le $((CLK_TCK / 5)) ]; then calm=$((calm + 1)); else calm=0; fi
        prev="$now"
        if [ "$calm" -ge 2 ]; then
            echo $((waited - 2))
            return 0
        fi
    done
    log "WARNING: the service is still busy after ${max}s"
    echo "$waited"
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.0f", kb / 1024}'; }

stop_service() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
        log "stopping the service (PID $PID)"
        kill -TERM "$PID" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$PID" 2>/dev/null; then
            log "service did not stop within 30 s; killing PID $PID"
            kill -KILL "$PID" 2>/dev/null || true
        fi
        wait "$PID" 2>/dev/null || true
    fi
    PID=""
}

cleanup() {
    local rc=$?
    stop_service
    if [ -n "${KEEP_LOG:-}" ] && [ -f "$WORK/service.log" ]; then
        cp "$WORK/service.log" "$KEEP_LOG" || true
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
TOKEN="$(python3 -c 'import secrets; print("bench-" + secrets.token_hex(16))')"
BASE="http://127.0.0.1:$PORT"

# ---------------------------------------------------------------- start
mkdir "$WORK/app"
log "starting $(basename "$JAR") in a fresh directory on 127.0.0.1:$PORT"
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
START_MS="$(date +%s%3N)"
DATABASE_ENV=()
if [ -n "${JDBC_URL:-}" ]; then
    DATABASE_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="${JDBC_USER:-postgres}"
                  QUARKUS_DATASOURCE_PASSWORD="${JDBC_PASSWORD:-}")
fi
(cd "$WORK/app" && exec env QITDB_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    "${DATABASE_ENV[@]}" java -Xmx512m -jar "$JAR") >"$WORK/service.log" 2>&1 &
PID=$!

deadline=$(( $(date +%s) + READY_TIMEOUT ))
until curl -fsS -o /dev/null --max-time 2 "$BASE/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$PID" 2>/dev/null; then
        tail -n 50 "$WORK/service.log" >&2 || true
        PID=""
        die "the service exited before it was ready"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        tail -n 50 "$WORK/service.log" >&2 || true
        die "not ready after ${READY_TIMEOUT}s"
    fi
    sleep 0.05
done
READY_MS=$(( $(date +%s%3N) - START_MS ))
log "ready after ${READY_MS} ms"
sleep "$IDLE_WAIT"
IDLE_RSS_KB="$(rss_kb "$PID")"
SEED_COUNT="$(curl -fsS "$BASE/api/v1/standards?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalItems"])')"
log "idle RSS $(mb "$IDLE_RSS_KB") MB with $SEED_COUNT seeded standards"

# ---------------------------------------------------------------- generate and load
log "generating $N entries (seed $SEED)"
GEN_START="$(date +%s%3N)"
python3 "$HERE/generate.py" --count "$N" --seed "$SEED" --format ndjson --out "$WORK/data.ndjson"
log "generated in $(( $(date +%s%3N) - GEN_START )) ms"

log "loading (mode $LOAD_MODE)"
LOAD_RC=0
QITDB_ADMIN_TOKEN="$TOKEN" python3 "$HERE/load.py" load --base "$BASE" --mode "$LOAD_MODE" --workers "$WORKERS" \
    --chunk "$CHUNK" "$WORK/data.ndjson" >"$WORK/load.out" || LOAD_RC=$?
LOAD_LINE="$(grep '^LOAD ' "$WORK/load.out" || true)"
[ -n "$LOAD_LINE" ] || die "load.py did not finish (exit $LOAD_RC)"
[ "$LOAD_RC" -eq 0 ] || log "WARNING: load.py reported rejected rows (exit $LOAD_RC): $LOAD_LINE"
field() { printf '%s\n' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
LOAD_MODE_USED="$(field "$LOAD_LINE" mode)"
LOAD_RATE="$(field "$LOAD_LINE" rows_per_s)"
LOAD_SECONDS="$(field "$LOAD_LINE" seconds)"
LOAD_OK="$(field "$LOAD_LINE" ok)"
LOADED_RSS_KB="$(rss_kb "$PID")"
TOTAL="$(curl -fsS "$BASE/api/v1/standards?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalItems"])')"
log "loaded: $LOAD_LINE; the service now holds $TOTAL standards; RSS $(mb "$LOADED_RSS_KB") MB"

log "gathering ids"
IDS_LINE="$(python3 "$HERE/load.py" ids --base "$BASE" --out "$WORK/ids.txt" | grep '^IDS ' || true)"
[ -s "$WORK/ids.txt" ] || die "no ids gathered"

# ---------------------------------------------------------------- wrk scenarios
declare -A RPS P50 P90 P99 ERR DRAIN SERIAL PRIMED
# prime <urls-file>: requests every distinct line of the file once, one after the other, logging status, seconds and
# bytes of each; prints "<requests> <seconds in all> <slowest seconds> <non-2xx>"
prime() {
    local path r
    grep -v '^#' "$1" | grep -v '^[[:space:]]*$' | awk '!seen[$0]++' | while read -r path; do
        r="$(curl -s -o /dev/null --max-time "$PRIME_TIMEOUT" -H 'Accept: application/json' \
            -w '%{http_code} %{time_total} %{size_download}' "$BASE$path" || echo "000 $PRIME_TIMEOUT 0")"
        log "  $r $path"
        echo "$r"
    done | awk '{n++; t += $2; if ($2 > m) m = $2; if ($1 !~ /^2/) e++} END {printf "%d %.1f %.1f %d\n", n, t, m, e}'
}
# run_wrk <out-file> <wrk options...>: runs wrk with the scenario script; sets $line to its RESULT line
run_wrk() {
    local out="$1"
    shift
    wrk "$@" --timeout "$WRK_TIMEOUT" -s "$script" "$BASE" -- "$WORK/ids.txt" >"$out" 2>&1 \
        || die "wrk failed for $s: $(tail -n 5 "$out")"
    line="$(grep '^RESULT ' "$out" || true)"
    [ -n "$line" ] || die "no RESULT line from $s: $(tail -n 5 "$out")"
}
for s in $SCENARIOS; do
    script="$HERE/wrk/$s.lua"
    [ -f "$script" ] || die "no such scenario: $script"
    idle_s="$(wait_idle)"
    [ "$idle_s" -eq 0 ] || log "waited ${idle_s}s for the service to become idle"
    urls="$(sed -n 's/^-- urls: *//p' "$script" | head -n 1)"
    if [ -n "$urls" ]; then
        # A scenario that names a URL list measures answers the service keeps: ask each once first, so that the
        # measured run sees all of them cached, not only those the warm-up happened to reach. Unless an earlier
        # scenario asked them since the load, none is cached yet, so this also times computing each once (one
        # connection).
        [ -f "$HERE/wrk/$urls" ] || die "$s names a URL list that does not exist: $urls"
        log "scenario $s: priming with each distinct request of $urls"
        read -r p_n p_total p_max p_err <<<"$(prime "$HERE/wrk/$urls")"
        PRIMED[$s]="$p_n requests of $urls in $p_total s (slowest $p_max s, non-2xx $p_err)"
        log "  ${PRIMED[$s]}"
    fi
    log "scenario $s: warm-up $WARMUP"
    run_wrk "$WORK/$s.warmup.out" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP"
    idle_s="$(wait_idle)"
    [ "$idle_s" -eq 0 ] || log "waited ${idle_s}s after the warm-up for the service to become idle"
    log "scenario $s: measuring $DURATION (-t$THREADS -c$CONNECTIONS)"
    run_wrk "$WORK/$s.out" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency
    log "  $line"
    RPS[$s]="$(field "$line" rps)"
    if [ "$(field "$line" requests)" -gt 0 ]; then
        P50[$s]="$(field "$line" p50_ms)"
        P90[$s]="$(field "$line" p90_ms)"
        P99[$s]="$(field "$line" p99_ms)"
    else
        P50[$s]="none done in $DURATION"
        P90[$s]="-"
        P99[$s]="-"
    fi
    ERR[$s]="$(( $(field "$line" non2xx) + $(field "$line" socket_errors) ))"
    DRAIN[$s]="$(wait_idle)"
    [ "${DRAIN[$s]}" -eq 0 ] || log "  the service kept working ${DRAIN[$s]}s after wrk stopped"
    if [ "$SERIAL_DURATION" != "0" ]; then
        log "scenario $s: one connection for $SERIAL_DURATION"
        run_wrk "$WORK/$s.serial.out" -t1 -c1 -d"$SERIAL_DURATION" --latency
        log "  $line"
        if [ "$(field "$line" requests)" -gt 0 ]; then
            SERIAL[$s]="$(field "$line" p50_ms) / $(field "$line" p99_ms) (n=$(field "$line" requests))"
        else
            SERIAL[$s]="none done in $SERIAL_DURATION"
        fi
        DRAIN[$s]="${DRAIN[$s]} + $(wait_idle)"
    else
        SERIAL[$s]="-"
    fi
done
FINAL_RSS_KB="$(rss_kb "$PID")"
LOADAVG_END="$(cut -d' ' -f1-3 /proc/loadavg)"

STOP_START="$(date +%s%3N)"
stop_service
STOP_MS=$(( $(date +%s%3N) - STOP_START ))

# ---------------------------------------------------------------- report
report() {
    echo "## qitdb benchmark"
    echo
    echo "- jar: \`$(basename "$(dirname "$JAR")")/$(basename "$JAR")\`, java -Xmx512m, $(nproc) CPUs, wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up)"
    echo "- time to ready (fresh empty database, seeding $SEED_COUNT standards): **${READY_MS} ms**"
    echo "- idle RSS after ready: **$(mb "$IDLE_RSS_KB") MB**; after loading: $(mb "$LOADED_RSS_KB") MB; after the scenarios: $(mb "$FINAL_RSS_KB") MB"
    echo "- load: $N generated entries via **$LOAD_MODE_USED**, $LOAD_OK accepted in ${LOAD_SECONDS} s = **${LOAD_RATE} rows/s**; total in service: $TOTAL"
    echo "- ids: ${IDS_LINE#IDS }"
    echo "- stop (SIGTERM to exit): ${STOP_MS} ms"
    echo "- host load average (1/5/15 min) at start: $LOADAVG_START; after the scenarios: $LOADAVG_END"
    echo
    echo "| scenario | req/s | p50 (ms) | p90 (ms) | p99 (ms) | errors | p50 / p99 @1 conn (ms) | busy after stop (s) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for s in $SCENARIOS; do
        echo "| $s | ${RPS[$s]} | ${P50[$s]} | ${P90[$s]} | ${P99[$s]} | ${ERR[$s]} | ${SERIAL[$s]} | ${DRAIN[$s]} |"
    done
    echo
    echo "req/s, p50, p90, p99: wrk -t$THREADS -c$CONNECTIONS -d$DURATION; errors: non-2xx answers + socket errors;"
    if [ "$SERIAL_DURATION" != "0" ]; then
        echo "p50 / p99 @1 conn: wrk -t1 -c1 -d$SERIAL_DURATION (n = requests completed); busy after stop: seconds the service kept"
        echo "working on abandoned requests after wrk ended (after the loaded run + after the one-connection run)."
    else
        echo "busy after stop: seconds the service kept working on abandoned requests after wrk ended."
    fi
    for s in $SCENARIOS; do
        if [ -n "${PRIMED[$s]:-}" ]; then
            echo "primed $s before its warm-up (each distinct request once, one connection): ${PRIMED[$s]}."
        fi
    done
}
report
if [ -n "${REPORT:-}" ]; then
    report >"$REPORT"
fi
