#!/usr/bin/env bash
# Runs scripts/contract-traffic.py through a Prism validation proxy in front of a fresh packaged jar and prints how
# many responses the committed spec does not describe. Everything listens on 127.0.0.1 and stops by itself.
#
#   bash scripts/contract-proxy.sh [APP_DIR] [SPEC] [PRISM]
#     APP_DIR  the packaged application (default target/quarkus-app, from ./mvnw package -DskipTests)
#     SPEC     the OpenAPI document to hold it to (default openapi/openapi.yaml)
#     PRISM    the prism executable (default target/ci-tools/node_modules/.bin/prism)
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-target/quarkus-app}")
spec=$(realpath "${2:-openapi/openapi.yaml}")
prism=${3:-target/ci-tools/node_modules/.bin/prism}
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
proxy_port=$((port + 1))
token="contract-admin-token-$RANDOM$RANDOM"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && QITDB_ADMIN_TOKEN="$token" QUARKUS_HTTP_PORT="$port" exec java -Xmx512m -jar "$app/quarkus-run.jar" >"$work/app.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { tail -n 50 "$work/app.log"; exit 1; }

"$prism" proxy "$spec" "http://127.0.0.1:$port" --host 127.0.0.1 --port "$proxy_port" >"$work/prism.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$proxy_port/api/v1/organizations" && break; sleep 1; done

python3 scripts/contract-traffic.py "http://127.0.0.1:$proxy_port" "$token" --direct "http://127.0.0.1:$port" ${CONTRACT_DEBUG:+--debug} --report "${CONTRACT_REPORT:-$work/violations.ndjson}"
