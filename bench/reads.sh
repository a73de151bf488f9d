#!/usr/bin/env bash
# Reads with the page cache off, alone and beside a sync tool's trickle of writes: the figures of issue #19.
#
#   bench/reads.sh DATA_PARENT [path/to/quarkus-run.jar] [extra JVM options …]
#
# DATA_PARENT holds ./data (e.g. a copy of a loaded working directory, 100 000 entries); it is copied to a scratch
# directory first, so the original is left as it was. The service starts there on a free 127.0.0.1 port with -Xmx512m,
# QITDB_PAGE_CACHE_ENTRIES=0 and any options given. Warm-up: WARM_SEARCH seconds (60) of wrk/search.lua, then 30 s of
# wrk/filtered-facets.lua beside writer.py (so the write path is compiled before either measured run). Then, for
# page + facets and for search: `wrk -t2 -c16 -d15s --latency` and `wrk -t1 -c1 -d10s --latency`, alone, and again
# while writer.py upserts one entry every 200 ms. One line per run: answers/s, p50 and p99 ms, the service's CPU ms
# per answer (utime + stime from /proc/PID/stat, all threads, the writer's work included in the second half); the
# writer's own line last. Stops the service by its PID. Environment: JAVA=java, WARM_SEARCH=60.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$1" && pwd)"
jar="$(cd "$(dirname "${2:-target/quarkus-app/quarkus-run.jar}")" && pwd)/$(basename "${2:-quarkus-run.jar}")"
shift $(( $# >= 2 ? 2 : 1 ))
java="${JAVA:-java}"
[ -d "$src/data" ] || { echo "no data directory in $src" >&2; exit 2; }
[ -f "$jar" ] || { echo "jar not found: $jar" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not found (apt-get install -y wrk)" >&2; exit 2; }

. "$here/lib/scratch-service.sh"
token="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
service_env=(QITDB_PAGE_CACHE_ENTRIES=0 QITDB_ADMIN_TOKEN="$token")
writer=""
cleanup() {
    if [ -n "$writer" ] && kill -0 "$writer" 2>/dev/null; then kill "$writer"; fi
    stop_scratch_service
}
trap cleanup EXIT
start_scratch_service "$src" "$jar" "$@"

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
field() { echo "$1" | grep -o "$2=[^ ]*" | cut -d= -f2; }
measure() { # scenario label
    local before after result
    before=$(cpu)
    result=$(wrk -t2 -c16 -d15s --latency -s "$here/wrk/$1.lua" "$base" 2>&1 | grep '^RESULT')
    after=$(cpu)
    echo "$2, 16 connections: $(field "$result" rps) answers/s, p50 $(field "$result" p50_ms) / p99 $(field "$result" p99_ms) ms," \
        "$(python3 -c "print(round(($after - $before) * 1000 / $(getconf CLK_TCK) / $(field "$result" requests), 2))") ms CPU," \
        "non-2xx $(field "$result" non2xx)"
    result=$(wrk -t1 -c1 -d10s --latency -s "$here/wrk/$1.lua" "$base" 2>&1 | grep '^RESULT')
    echo "$2, 1 connection: p50 $(field "$result" p50_ms) / p99 $(field "$result" p99_ms) ms"
}
trickle() { python3 "$here/writer.py" --base "$base" --token "$token" --interval 0.2 --seconds "$1"; }

wrk -t2 -c16 -d"${WARM_SEARCH:-60}s" -s "$here/wrk/search.lua" "$base" >/dev/null 2>&1
trickle 30 >/dev/null 2>&1 &
writer=$!
wrk -t2 -c16 -d30s -s "$here/wrk/filtered-facets.lua" "$base" >/dev/null 2>&1
wait "$writer" || true
sleep 3

for scenario in filtered-facets search; do measure "$scenario" "$scenario alone"; done
trickle 60 >"$work/writer.out" 2>&1 &
writer=$!
sleep 2
for scenario in filtered-facets search; do measure "$scenario" "$scenario beside the writer"; done
wait "$writer" || true
writer=""
tail -1 "$work/writer.out"
