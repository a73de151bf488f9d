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
(cd "$work" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" QITDB_ADMIN_TOKEN="$token" \
  exec "$java" -XX:AOTCacheOutput="$cache" -Xmx512m -jar "$app/quarkus-run.jar" >"$work/training.log" 2>&1) &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/training.log" >&2; echo "aot-train: the training start failed" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/q/health/ready" >/dev/null || { echo "aot-train: not ready in 120 s" >&2; exit 1; }
auth=(-H "Authorization: Bearer $token")
for path in "/api/v1/standards" "/api/v1/standards?q=key+relay&snippets=true" "/api/v1/standards?facets=organization,status,topic,documentType,group,year" \
    "/api/v1/standards/lookup?organization=ITU-T&identifier=Y.3800" "/api/v1/standards/suggest?q=y38" "/api/v1/landscape" \
    "/api/v1/changes" "/api/v1/organizations" "/api/v1/topics" "/api/v1/meetings" "/api/v1/participation" "/" "/q/openapi"; do
  curl -s -o /dev/null "$base$path"
done
curl -s -o /dev/null -X PUT "${auth[@]}" -H 'Content-Type: application/json' \
  --data '{"organization":"TTA","identifier":"TTAK.KO-00.AOT","title":"Training entry","documentType":"national-standard","status":"published","topics":["qkdn-key-management"]}' \
  "$base/api/v1/organizations/TTA/standards/TTAK.KO-00.AOT"
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
rm -rf "$work"
test -s "$cache" || { echo "aot-train: no cache was written" >&2; exit 1; }

# a start that must use the cache (AOTMode=on refuses to start without it), to prove it is usable
work=$(mktemp -d)
(cd "$work" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" QITDB_ADMIN_TOKEN="$token" \
  exec "$java" -XX:AOTMode=on -XX:AOTCache="$cache" -Xmx512m -jar "$app/quarkus-run.jar" >"$work/check.log" 2>&1) &
pid=$!
trap cleanup EXIT
started=$(date +%s%N)
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/check.log" >&2; echo "aot-train: the jar does not start with the cache" >&2; exit 1; }
  sleep 0.05
done
curl -sf "$base/q/health/ready" >/dev/null || { echo "aot-train: not ready with the cache" >&2; exit 1; }
echo "aot-train: $(du -h "$cache" | cut -f1) ahead-of-time cache in $cache; a fresh start with it was ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"
