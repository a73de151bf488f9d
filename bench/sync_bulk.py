#!/usr/bin/env python3
"""Write-side benchmarks of a running qitdb: bulk load, re-load, feed catch-up, upsert throughput, export.

Usage: bench/sync_bulk.py --base http://127.0.0.1:PORT --token TOKEN --data FILE.ndjson
  FILE.ndjson comes from bench/generate.py --format ndjson. Every measurement prints one line
  `name: value unit (details)`; nothing runs longer than its bounded loop.
"""
import argparse
import collections
import concurrent.futures
import http.client
import json
import statistics
import time
import urllib.parse


def request(base, method, path, body=None, token=None, content_type="application/json", headers=None):
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=3600)
    h = dict(headers or {})
    if token:
        h["Authorization"] = "Bearer " + token
    if body is not None:
        h["Content-Type"] = content_type
    connection.request(method, path, body=body, headers=h)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def by_organization(path):
    rows = collections.OrderedDict()
    for line in open(path, encoding="utf-8"):
        if line.strip():
            rows.setdefault(json.loads(line)["organization"], []).append(line.rstrip("\n"))
    return rows


def bulk(base, token, rows, label):
    total, started = 0, time.perf_counter()
    counts = collections.Counter()
    for organization, lines in rows.items():
        body = ("\n".join(lines) + "\n").encode()
        status, data = request(base, "POST", "/api/v1/submissions?" + urllib.parse.urlencode(
            {"organization": organization, "reference": label, "mode": "atomic"}), body, token, "application/x-ndjson")
        assert status in (200, 201), (status, data[:500])
        report = json.loads(data)
        counts.update(report["counts"])
        total += len(lines)
    seconds = time.perf_counter() - started
    print(f"{label}: {total / seconds:.0f} rows/s ({total} rows in {seconds:.1f} s; "
          f"created {counts['created']}, updated {counts['updated']}, unchanged {counts['unchanged']}, rejected {counts['rejected']})")


def catch_up(base):
    cursor, changes, pages, started = None, 0, 0, time.perf_counter()
    while True:
        path = "/api/v1/changes?limit=1000" + (f"&since={cursor}" if cursor else "")
        status, data = request(base, "GET", path)
        assert status == 200, status
        page = json.loads(data)
        changes += len(page["changes"])
        pages += 1
        cursor = page["next"]
        if not page["hasMore"]:
            break
    seconds = time.perf_counter() - started
    print(f"feed catch-up: {seconds:.2f} s ({changes} changes, {pages} pages of 1000, {changes / seconds:.0f} changes/s)")


def upserts(base, token, rows, clients, per_client, change):
    sample = [json.loads(line) for lines in rows.values() for line in lines[:50]][: clients * per_client]
    latencies = []

    def work(part):
        own = []
        for entry in part:
            body = dict(entry)
            if change:
                body["summary"] = f"changed at {time.perf_counter()}"
            path = "/api/v1/organizations/" + urllib.parse.quote(entry["organization"], safe="") + "/standards/" \
                + urllib.parse.quote(entry["identifier"], safe="")
            started = time.perf_counter()
            status, data = request(base, "PUT", path, json.dumps(body).encode(), token)
            own.append(time.perf_counter() - started)
            assert status in (200, 201), (status, data[:300])
        return own

    parts = [sample[i::clients] for i in range(clients)]
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        for own in pool.map(work, parts):
            latencies += own
    seconds = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(f"upsert {'changing' if change else 'unchanged'} ({clients} clients): {len(latencies) / seconds:.0f} req/s, "
          f"p50 {statistics.median(latencies) * 1000:.1f} ms, p99 {p99:.1f} ms ({len(latencies)} requests)")


def export(base):
    started = time.perf_counter()
    status, data = request(base, "GET", "/api/v1/export?format=csv")
    seconds = time.perf_counter() - started
    assert status == 200, status
    lines = data.count(b"\n")
    print(f"export csv: {len(data) / seconds / 1e6:.1f} MB/s ({len(data) / 1e6:.1f} MB, ~{lines} lines in {seconds:.1f} s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--only", default="bulk,reload,feed,upsert,export")
    args = parser.parse_args()
    steps = args.only.split(",")
    rows = by_organization(args.data)
    if "bulk" in steps:
        bulk(args.base, args.token, rows, "bulk load (atomic, empty database)")
    if "reload" in steps:
        bulk(args.base, args.token, rows, "re-load (all unchanged)")
    if "feed" in steps:
        catch_up(args.base)
    if "upsert" in steps:
        upserts(args.base, args.token, rows, 8, 100, change=False)
        upserts(args.base, args.token, rows, 8, 100, change=True)
    if "export" in steps:
        export(args.base)


if __name__ == "__main__":
    main()
