#!/usr/bin/env bash
# Makes the Java 25 ahead-of-time cache of the packaged jar (JEP 483/514): one training start of the jar in a fresh
# working directory (a new embedded database, seeded), a few reads and writes of each kind, then a clean stop, which
# writes the cache. Starting with it loads and links the classes the training used from the cache instead of the jar:
#   bash scripts/aot-train.sh [target/quarkus-app]      # writes target/quarkus-app/qitdb.aot
#   java -XX:AOTCache=target/quarkus-app/qitdb.aot -jar target/quarkus-app/quarkus-run.jar
# The cache holds only classes, never data; it is valid for the same JDK build and the same jar files only (the JVM
# says so and starts without it otherwise), so it is made again after every build. Listens on 127.0.0.1 only.
set -euo pipefail
app=$(cd "${1:-target/quarkus-app}" && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cache="$app/qitdb.aot"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
token=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
rm -f "$cache"
base="http://127.0.0.1:$port"
pid=""

# starts the jar in the scratch directory with these JVM options, its output in LOG
start() {
  local log=$1; shift
  (cd "$work" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" QITDB_ADMIN_TOKEN="$token" \
    exec "$java" "$@" -Xmx512m -jar "$app/quarkus-run.jar" >"$work/$log" 2>&1) &
  pid=$!
}

# waits up to 180 s for readiness; fails with the log when the process ends first
await_ready() {
  local log=$1 what=$2 deadline=$(( $(date +%s) + 180 ))
  until curl -sf "$base/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/$log" >&2; echo "aot-train: $what failed" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "aot-train: $what was not ready in 180 s" >&2; exit 1; }
    sleep 0.1
  done
}

stop() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap 'stop; rm -rf "$work"' EXIT

start training.log -XX:AOTCacheOutput="$cache"
await_ready training.log "the training start"
auth=(-H "Authorization: Bearer $token")
for path in "/api/v1/standards" "/api/v1/standards?q=key+relay&snippets=true" "/api/v1/standards?facets=organization,status,topic,documentType,group,year" \
    "/api/v1/standards/lookup?organization=ITU-T&identifier=Y.3800" "/api/v1/standards/suggest?q=y38" "/api/v1/landscape" \
    "/api/v1/changes" "/api/v1/organizations" "/api/v1/topics" "/api/v1/meetings" "/api/v1/participation" "/" "/q/openapi"; do
  curl -s -o /dev/null "$base$path"
done
curl -s -o /dev/null -X PUT "${auth[@]}" -H 'Content-Type: application/json' \
  --data '{"organization":"TTA","identifier":"TTAK.KO-00.AOT","title":"Training entry","documentType":"national-standard","status":"published","topics":["qkdn-key-management"]}' \
  "$base/api/v1/organizations/TTA/standards/TTAK.KO-00.AOT"
stop # the cache is written as the JVM exits
test -s "$cache" || { echo "aot-train: no cache was written" >&2; exit 1; }

# a start that must use the cache (AOTMode=on refuses to start without it), on a fresh database, to prove it is usable
rm -rf "$work" && work=$(mktemp -d)
started=$(date +%s%N)
start check.log -XX:AOTMode=on -XX:AOTCache="$cache"
await_ready check.log "a start with the cache"
echo "aot-train: $(du -h "$cache" | cut -f1) ahead-of-time cache in $cache; a fresh start with it was ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"
