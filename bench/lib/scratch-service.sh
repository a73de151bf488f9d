# Sourced by the benchmarks that run the packaged jar on a scratch copy of a data directory (idle-memory.sh, reads.sh).
#
#   start_scratch_service SRC JAR [JVM options …]
#
# copies SRC/data to a new scratch directory, starts JAR there with $java (default java) on a free 127.0.0.1 port with
# -Xmx512m, the options given and the variables of the array service_env (NAME=value …), and waits up to 180 s until it
# is ready; sets work, port, pid and base. stop_scratch_service stops it by its PID and removes the scratch directory.

start_scratch_service() {
    local src="$1" jar="$2" deadline
    shift 2
    work="$(mktemp -d)"
    cp -r "$src/data" "$work/data"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
    (cd "$work" && exec env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" "${service_env[@]}" \
        "${java:-java}" -Xmx512m "$@" -jar "$jar" >"$work/service.log" 2>&1) &
    pid=$!
    base="http://127.0.0.1:$port"
    deadline=$(( $(date +%s) + 180 ))
    until curl -sf -o /dev/null "$base/q/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
        [ "$(date +%s)" -lt "$deadline" ] || { echo "not ready in 180 s" >&2; exit 1; }
        sleep 0.1
    done
}

stop_scratch_service() {
    if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    [ -z "${work:-}" ] || rm -rf "$work"
}
