#!/usr/bin/env bash
# Browser tests of the landscape page: starts the packaged jar (target/quarkus-app/quarkus-run.jar) on a free
# 127.0.0.1 port in a fresh working directory (so a fresh, seeded H2 database), runs every *.test.mjs beside this
# script with Debian's Chromium, one after the other against that service, stops the jar and exits with the tests'
# status; the last line sums them up: "N passed, M failed". Screenshots go to target/screenshots/.
#   bash src/test/browser/run.sh        (after ./mvnw package or verify)
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
jar="$root/target/quarkus-app/quarkus-run.jar"

fail() {
  echo "browser tests: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# ---- what the tests need: Chromium from Debian, Node.js and npm, playwright-core (which never downloads a browser)
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian package)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || fail "cannot install chromium"
fi
if ! command -v npm >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; } || fail "cannot install nodejs and npm"
fi
(cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent) || fail "npm install failed"

if [ ! -f "$jar" ]; then
  echo "no packaged jar yet: ./mvnw package -DskipTests"
  (cd "$root" && ./mvnw -B -q package -DskipTests) || fail "the build failed"
fi

# ---- the service, on a free port of 127.0.0.1, in a working directory of its own
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})") \
  || fail "no free port"
work=$(mktemp -d)
token=$(node -e "console.log(require('crypto').randomBytes(24).toString('hex'))")
(
  cd "$work" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" QITDB_ADMIN_TOKEN="$token" \
    exec java -jar "$jar" >"$work/service.log" 2>&1
) &
pid=$!

stop() {
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

url="http://127.0.0.1:$port"
echo "starting qitdb on $url (pid $pid)"
ready=false
for _ in $(seq 1 180); do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$work/service.log" >&2
    fail "the service stopped while starting"
  fi
  if node -e "fetch('$url/q/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    ready=true
    break
  fi
  sleep 1
done
if [ "$ready" != true ]; then
  tail -n 50 "$work/service.log" >&2
  fail "the service was not ready within 180 s"
fi

# ---- the tests: every *.test.mjs, each ending with its own "N passed, M failed", summed up as the last line
passed=0
failed=0
status=0
for tests in "$here"/*.test.mjs; do
  echo "--- $(basename "$tests")"
  QITDB_URL="$url" QITDB_ADMIN_TOKEN="$token" QITDB_JAR="$jar" node "$tests" | tee "$work/tests.out"
  file_status=${PIPESTATUS[0]}
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/tests.out" | tail -n 1)
  if [ -z "$summary" ]; then
    summary="0 passed, 1 failed"
  fi
  passed=$((passed + ${summary%% passed*}))
  file_failed=${summary#*passed, }
  failed=$((failed + ${file_failed%% failed}))
  if [ "$file_status" -ne 0 ]; then
    status=1
  fi
done
if [ "$status" -ne 0 ]; then
  echo "--- last lines of the service log" >&2
  tail -n 30 "$work/service.log" >&2
  if [ "$failed" -eq 0 ]; then
    failed=1
  fi
fi
echo "$passed passed, $failed failed"
exit "$status"
