#!/bin/bash
# Landscape analyses computed afresh: for each request shape, ROUNDS times one write (an upsert of one TTA entry, which
# makes every cached analysis stale), then the request, timed with curl (Accept-Encoding: gzip), and the server's CPU
# time around it from /proc/PID/stat (utime + stime, all threads). Prints the median of each.
#
#   QITDB_ADMIN_TOKEN=... bench/landscape_fresh.sh http://127.0.0.1:8080 PID [ROUNDS]
#
# PID is the service's process (the java started for the benchmark). Loopback only; stops after the last request.
set -euo pipefail
BASE=${1:?base URL, e.g. http://127.0.0.1:8080}
PID=${2:?PID of the service}
ROUNDS=${3:-5}
TOKEN=${QITDB_ADMIN_TOKEN:?QITDB_ADMIN_TOKEN is required}
case "$BASE" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "landscape_fresh.sh: the base URL must be a loopback address" >&2; exit 2 ;;
esac
HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

write() {
  curl -s -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data "{\"organization\":\"TTA\",\"identifier\":\"TTAK.KO-99.0001\",\"title\":\"Benchmark marker $1\",\"documentType\":\"national-standard\",\"status\":\"published\",\"publicationDate\":\"2024-05\",\"topics\":[\"qkdn-key-management\"]}" \
    "$BASE/api/v1/organizations/TTA/standards/TTAK.KO-99.0001"
}

n=0
for shape in "" "?topic=qkdn" "?topic=qkdn-key-management" "?topic=quantum-safe-cryptography" "?organization=ITU-T" \
    "?organization=ITU-T&organization=ETSI" "?topic=qkd&organization=ETSI&status=published" "?status=published&publishedTo=2019"; do
  seconds=(); cpu=()
  for _ in $(seq 1 "$ROUNDS"); do
    n=$((n + 1)); write "$n"; sleep 0.5
    before=$(ticks)
    seconds+=("$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{time_total}' "$BASE/api/v1/landscape$shape")")
    after=$(ticks)
    cpu+=($(( (after - before) * 1000 / HZ )))
  done
  printf '%-64s %8.3f s %7d ms CPU   [%s]\n' "/api/v1/landscape$shape" "$(printf '%s\n' "${seconds[@]}" | median)" \
    "$(printf '%s\n' "${cpu[@]}" | median)" "$(printf '%s\n' "${seconds[@]}" | sort -n | tr '\n' ' ')"
done
