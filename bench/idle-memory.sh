#!/usr/bin/env bash
# Resident set of the packaged jar once it has served one request of each read kind and then sat idle.
#
#   bench/idle-memory.sh DATA_PARENT [path/to/quarkus-run.jar] [extra JVM options …]
#
# DATA_PARENT holds ./data (e.g. a copy of a loaded working directory); it is copied to a scratch directory first, so
# the original is left as it was. The service starts there on a free 127.0.0.1 port with -Xmx512m and any options
# given, serves one list, one search, one page with all six facets and the landscape, then idles IDLE seconds (60);
# prints RSS at ready and after the idle time (anonymous and file-backed parts, from /proc/PID/status), the committed
# heap (jcmd GC.heap_info) and, with -XX:NativeMemoryTracking=summary among the options, the JVM's committed areas.
# Stops the service by its PID. Environment: JAVA=java, IDLE=60. Example, the options k8s/base/configmap.yaml sets:
#   bench/idle-memory.sh ../copy target/quarkus-app/quarkus-run.jar -XX:G1PeriodicGCInterval=10000 \
#       -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,14p' "$0"; exit 2; }
src="$(cd "$1" && pwd)"
jar="$(cd "$(dirname "${2:-target/quarkus-app/quarkus-run.jar}")" && pwd)/$(basename "${2:-quarkus-run.jar}")"
shift $(( $# >= 2 ? 2 : 1 ))
java="${JAVA:-java}"
jcmd="$(dirname "$(command -v "$java")")/jcmd"
idle="${IDLE:-60}"
[ -d "$src/data" ] || { echo "no data directory in $src" >&2; exit 2; }
[ -f "$jar" ] || { echo "jar not found: $jar" >&2; exit 2; }

. "$(dirname "$0")/lib/scratch-service.sh"
service_env=()
trap stop_scratch_service EXIT
start_scratch_service "$src" "$jar" "$@"
status() { awk -v k="$1" '$1 == k":" {print int($2 / 1024)}' "/proc/$pid/status"; }
ready=$(status VmRSS)
for path in "/api/v1/standards" "/api/v1/standards?q=key+management" \
    "/api/v1/standards?facets=organization,status,topic,documentType,group,year" "/api/v1/landscape"; do
    curl -sf -o /dev/null "$base$path"
done
sleep "$idle"
echo "RSS at ready ${ready} MB; after ${idle} s idle $(status VmRSS) MB (anonymous $(status RssAnon) MB, files $(status RssFile) MB)"
"$jcmd" "$pid" GC.heap_info 2>/dev/null | grep -E 'heap|Tenured|DefNew' | head -2 | sed 's/ \[.*//' || true
"$jcmd" "$pid" VM.native_memory summary 2>/dev/null | grep -E '^-' | sed -E 's/\(reserved=[0-9]+KB, /(/' || true
