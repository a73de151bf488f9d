#!/usr/bin/env bash
# Time to ready of the packaged jar, started several times on the same data directory.
#
#   bench/startup.sh DATA_PARENT [path/to/quarkus-run.jar] [extra JVM options …]
#
# DATA_PARENT is a directory holding ./data (an H2 file and its search index, e.g. a copy of the working directory of
# a bench/run.sh or of a load): the service starts there on a free 127.0.0.1 port with -Xmx512m, is polled on
# /q/health/ready every 50 ms, its RSS read once ready, then stopped by its PID (SIGTERM) before the next start.
# Environment: RUNS=3, JAVA=java (another JDK's java to compare runtimes), READY_TIMEOUT=180 (seconds).
# Prints one line per start and the median. Example, the ahead-of-time cache of a JDK 25:
#   JAVA=$JDK25/bin/java bench/startup.sh ../copy target/quarkus-app/quarkus-run.jar -XX:AOTCacheOutput=../app.aot  # training
#   JAVA=$JDK25/bin/java bench/startup.sh ../copy target/quarkus-app/quarkus-run.jar -XX:AOTCache=../app.aot
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,14p' "$0"; exit 2; }
dir="$(cd "$1" && pwd)"
jar="$(cd "$(dirname "${2:-target/quarkus-app/quarkus-run.jar}")" && pwd)/$(basename "${2:-quarkus-run.jar}")"
shift $(( $# >= 2 ? 2 : 1 ))
runs="${RUNS:-3}"
java="${JAVA:-java}"
timeout="${READY_TIMEOUT:-180}"
[ -d "$dir/data" ] || { echo "no data directory in $dir" >&2; exit 2; }
[ -f "$jar" ] || { echo "jar not found: $jar" >&2; exit 2; }

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

pid=""
cleanup() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

times=()
for run in $(seq 1 "$runs"); do
    p="$(port)"
    start=$(date +%s%N)
    (cd "$dir" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$p" exec "$java" -Xmx512m "$@" -jar "$jar" \
        >"$dir/startup-$run.log" 2>&1) &
    pid=$!
    ready=""
    while [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt "$timeout" ]; do
        if curl -sf -o /dev/null "http://127.0.0.1:$p/q/health/ready"; then ready=$(date +%s%N); break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    [ -n "$ready" ] || { echo "run $run: not ready (see $dir/startup-$run.log)" >&2; exit 1; }
    ms=$(( (ready - start) / 1000000 ))
    rss=$(awk '/VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || echo "?") # the subshell exec'd java: same PID
    echo "run $run: ready after $ms ms, RSS $rss kB"
    times+=("$ms")
    cleanup
    pid=""
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " starts"}'
