#!/usr/bin/env python3
"""Two replicas, one PostgreSQL database: the replicated production shape, checked end to end.

Starts the PostgreSQL build of the packaged jar twice on two 127.0.0.1 ports against one fresh database, writes
concurrently through both, and checks that
  - the change feed read through either replica holds every change exactly once, in order, and matches the table;
  - an If-Match conflict is detected across replicas (a stale ETag from one is refused by the other);
  - a token revoked through one replica is refused by the other at once.
Usage: scripts/two-replicas.py JAR JDBC_URL DB_USER   (stops both replicas by PID; exits non-zero on any failure)
"""
import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ADMIN = "two-replicas-admin-token-0123456789"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, method, path, body=None, token=ADMIN, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None), dict(response.headers)
    except urllib.error.HTTPError as e:
        text = e.read().decode()
        return e.code, (json.loads(text) if text else None), dict(e.headers)


def start(jar, port, jdbc_url, user, workdir):
    # each replica keeps its own search index, as each pod does on its emptyDir
    env = dict(os.environ, QITDB_ADMIN_TOKEN=ADMIN, QUARKUS_HTTP_PORT=str(port), QUARKUS_HTTP_HOST="127.0.0.1",
               QUARKUS_DATASOURCE_JDBC_URL=jdbc_url, QUARKUS_DATASOURCE_USERNAME=user,
               QITDB_SEARCH_DIRECTORY=os.path.join(workdir, f"search-index-{port}"))
    log = open(os.path.join(workdir, f"replica-{port}.log"), "w")
    process = subprocess.Popen(["java", "-Xmx384m", "-jar", jar], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"replica on {port} exited; see {log.name}")
        try:
            if call(port, "GET", "/q/health/ready", token=None)[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"replica on {port} not ready in time")


def standard(identifier, title="Two replicas"):
    return {"organization": "TTA", "identifier": identifier, "title": title, "documentType": "national-standard",
            "status": "published", "topics": ["qkd"]}


def feed(port):
    changes, cursor = [], None
    while True:
        path = "/api/v1/changes?limit=1000" + (f"&since={cursor}" if cursor else "")
        status, page, _ = call(port, "GET", path, token=None)
        assert status == 200, (status, page)
        changes += page["changes"]
        cursor = page["next"]
        if not page["hasMore"]:
            return changes


def table(port):
    entries, number = {}, 0
    while True:
        status, page, _ = call(port, "GET", f"/api/v1/standards?size=500&page={number}&sort=updatedAt", token=None)
        entries.update({item["id"]: item["revision"] for item in page["items"]})
        number += 1
        if number >= page["page"]["totalPages"]:
            return entries


def main():
    jar, jdbc_url, user = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    workdir = tempfile.mkdtemp(prefix="qitdb-replicas-")
    ports = [free_port(), free_port()]
    replicas = []
    failures = []
    try:
        replicas.append(start(jar, ports[0], jdbc_url, user, workdir))
        replicas.append(start(jar, ports[1], jdbc_url, user, workdir))

        def writer(n):
            port = ports[n % 2]
            ids = []
            for i in range(30):
                status, entry, _ = call(port, "POST", "/api/v1/standards", standard(f"TTAK.R{n}-{i}"))
                assert status == 201, (status, entry)
                ids.append(entry["id"])
                if i % 3 == 0:
                    other = ports[(n + 1) % 2]
                    request = urllib.request.Request(f"http://127.0.0.1:{other}/api/v1/standards/{entry['id']}",
                                                     data=b'{"title":"patched through the other replica"}', method="PATCH")
                    request.add_header("Authorization", f"Bearer {ADMIN}")
                    request.add_header("Content-Type", "application/merge-patch+json")
                    request.add_header("If-Match", '"1"')
                    with urllib.request.urlopen(request, timeout=30) as response:
                        assert response.status == 200
                if i % 5 == 4:
                    status, _, _ = call(port, "DELETE", f"/api/v1/standards/{ids.pop(0)}")
                    assert status == 204
            return True

        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            for result in pool.map(writer, range(6)):
                assert result

        feeds = [feed(p) for p in ports]
        if feeds[0] != feeds[1]:
            failures.append("the two replicas serve different feeds")
        seqs = [c["seq"] for c in feeds[0]]
        if seqs != list(range(1, len(seqs) + 1)):
            failures.append("feed sequence numbers are not contiguous from 1")
        mirror = {}
        for change in feeds[0]:
            if change["type"] == "deleted":
                mirror.pop(change["id"], None)
            else:
                mirror[change["id"]] = change["revision"]
        # lists come from each replica's own index, which follows the other replica's writes within a second
        converged = time.time() + 1.0
        while (mirror != table(ports[0]) or mirror != table(ports[1])) and time.time() < converged:
            time.sleep(0.05)
        if mirror != table(ports[0]) or mirror != table(ports[1]):
            failures.append("a mirror built from the feed differs from a replica's list one second after the writes")

        word = "kittiwake" + str(int(time.time() * 1000))
        status, _, _ = call(ports[0], "POST", "/api/v1/standards", standard("TTAK.R-search", f"Searched {word} entry"))
        assert status == 201, status
        written = time.time()  # acknowledged: from here the other replica has a second
        lag = None
        while time.time() < written + 5:
            status, page, _ = call(ports[1], "GET", f"/api/v1/standards?q={word}", token=None)
            if status == 200 and page["page"]["totalItems"] == 1:
                lag = time.time() - written
                break
            time.sleep(0.02)
        if lag is None or lag > 1.0:
            failures.append(f"a write through one replica was searchable on the other after {lag} s (at most 1 s)")
        else:
            print(f"a write through one replica was searchable on the other after {lag * 1000:.0f} ms")

        status, entry, headers = call(ports[0], "POST", "/api/v1/standards", standard("TTAK.R-conflict"))
        body = standard("TTAK.R-conflict", "first writer")
        status, _, _ = call(ports[0], "PUT", f"/api/v1/standards/{entry['id']}", body, headers={"If-Match": '"1"'})
        body["title"] = "second writer, stale ETag"
        status2, problem, _ = call(ports[1], "PUT", f"/api/v1/standards/{entry['id']}", body, headers={"If-Match": '"1"'})
        if (status, status2) != (200, 412):
            failures.append(f"If-Match across replicas: expected 200 then 412, got {status} then {status2}")

        status, token, _ = call(ports[0], "POST", "/api/v1/tokens", {"name": "replica-editor", "role": "editor", "organizations": ["TTA"]})
        secret = token["token"]
        assert call(ports[1], "POST", "/api/v1/standards", standard("TTAK.R-token-1"), token=secret)[0] == 201
        assert call(ports[0], "DELETE", f"/api/v1/tokens/{token['id']}")[0] == 204
        status, _, _ = call(ports[1], "POST", "/api/v1/standards", standard("TTAK.R-token-2"), token=secret)
        if status != 401:
            failures.append(f"a token revoked through one replica still works on the other ({status})")
        print(f"{len(feeds[0])} changes seen identically through both replicas")
    finally:
        for process in replicas:
            process.terminate()
            process.wait(timeout=30)
    checks = 5
    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    for failure in failures:
        print("FAILED:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
