#!/usr/bin/env bash
# Expensive reads from many connections at once, for each admission limit: what sizes qitdb.admission.concurrency.
#
#   bench/overload.sh DATA_PARENT [path/to/quarkus-run.jar]
#
# DATA_PARENT holds ./data (a loaded H2 file and its search index, e.g. a copy of the working directory of a load).
# For each limit in LIMITS the service starts there on a free 127.0.0.1 port (-Xmx512m, page cache off,
# QITDB_ADMISSION_CONCURRENCY=limit), is warmed up (WARMUP of each scenario on 16 connections), then each scenario in
# SCENARIOS runs for DURATION on CONNECTIONS connections (wrk -t2, --timeout 30s); the service is stopped by its PID.
# One line per limit and scenario: answers/s, p50/p99, non-2xx answers (503 = shed), socket errors (timeouts) and the
# service's CPU ms per answer (from /proc/PID/stat). Environment: LIMITS="2 4 8 16 32", CONNECTIONS=200,
# DURATION=20s, WARMUP=60s, SCENARIOS="filtered-facets search".
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,12p' "$0"; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
dir="$(cd "$1" && pwd)"
jar="$(cd "$(dirname "${2:-target/quarkus-app/quarkus-run.jar}")" && pwd)/$(basename "${2:-quarkus-run.jar}")"
limits="${LIMITS:-2 4 8 16 32}"
connections="${CONNECTIONS:-200}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-60s}"
scenarios="${SCENARIOS:-filtered-facets search}"
[ -d "$dir/data" ] || { echo "no data directory in $dir" >&2; exit 2; }
[ -f "$jar" ] || { echo "jar not found: $jar" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$line"; }   # a field of wrk's RESULT line in $line
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_s=$(getconf CLK_TCK)

pid=""
cleanup() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

printf '| limit | scenario | answers/s | p50 ms | p99 ms | non-2xx | socket errors | CPU ms/answer |\n|---|---|---|---|---|---|---|---|\n'
for limit in $limits; do
    p="$(port)"
    (cd "$dir" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$p" QITDB_PAGE_CACHE_ENTRIES=0 \
        QITDB_ADMISSION_CONCURRENCY="$limit" exec java -Xmx512m -jar "$jar" >"$dir/overload-$limit.log" 2>&1) &
    pid=$!
    for _ in $(seq 1 360); do curl -sf -o /dev/null "http://127.0.0.1:$p/q/health/ready" && break; sleep 0.5; done
    base="http://127.0.0.1:$p"
    for s in $scenarios; do
        wrk -t2 -c16 -d"$warmup" -s "$here/wrk/$s.lua" "$base" >/dev/null 2>&1 || true
    done
    for s in $scenarios; do
        sleep 2
        before=$(cpu_ticks "$pid")
        out=$(wrk -t2 -c"$connections" -d"$duration" --timeout 30s --latency -s "$here/wrk/$s.lua" "$base" 2>&1 || true)
        after=$(cpu_ticks "$pid")
        line=$(grep '^RESULT' <<<"$out" || echo "RESULT requests=0")
        requests=$(field requests)
        cpu=$(python3 -c "r=int('${requests:-0}'); print(f'{($after-$before)*1000/$ticks_per_s/r:.2f}' if r else '-')")
        printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$limit" "$s" "$(field rps)" "$(field p50_ms)" \
            "$(field p99_ms)" "$(field non2xx)" "$(field socket_errors)" "$cpu"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
