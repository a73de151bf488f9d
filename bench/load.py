#!/usr/bin/env python3
"""Load generated standards into a running qitdb, and gather entry ids.

  load.py load [--base URL] [--token T] [--mode auto|submissions|single] [--workers 16] [--chunk 50000] FILE
      Loads FILE (NDJSON as written by generate.py; a JSON array or the generator's CSV, which is the
      import/export CSV form with ";"-separated lists, also work).
      auto (default): first tries the bulk endpoint
          POST /api/v1/submissions?organization=<org>&reference=<text>&mode=atomic  (application/x-ndjson)
      split per organization in chunks of at most --chunk lines; if that endpoint answers 404, falls back
      to concurrent single POST /api/v1/standards with a pool of --workers threads, each on its own
      keep-alive connection. Prints rows/s, and a machine-readable line starting with "LOAD ".

  load.py ids [--base URL] [--size 500] --out FILE
      Pages through GET /api/v1/standards and writes every entry id, one per line.

The admin token comes from --token or the QITDB_ADMIN_TOKEN environment variable. Only the standard
library is used. The base URL must point at a loopback address (this is a local benchmark tool).
"""

import argparse
import csv
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class Target:
    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        if u.scheme != "http" or u.hostname not in LOOPBACK:
            raise SystemExit("load.py: --base must be http://127.0.0.1:<port> (got %r)" % base)
        self.host = u.hostname
        self.port = u.port or 80
        self.prefix = u.path.rstrip("/")

    def connection(self, timeout=120):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)


# --------------------------------------------------------------------------- reading input

CSV_LISTS = ("aliases", "topics", "keywords")


def read_rows(path):
    """Returns a list of (organization, json_line_bytes)."""
    with open(path, "r", encoding="utf-8", newline="") as f:
        head = f.read(1)
        while head and head.isspace():
            head = f.read(1)
        f.seek(0)
        if head == "[":
            entries = json.load(f)
        elif head == "{":
            entries = None
            rows = []
            for line in f:
                line = line.strip()
                if line:
                    org = json.loads(line).get("organization")
                    rows.append((org, line.encode("utf-8")))
            return rows
        else:  # CSV in the import/export form (as generate.py --format csv writes it)
            entries = []
            for rec in csv.DictReader(f):
                e = {}
                for k, v in rec.items():
                    if k in CSV_LISTS:
                        e[k] = [p.strip() for p in (v or "").split(";") if p.strip()]
                    elif k == "relations":
                        e[k] = []
                        for part in (v or "").split(";"):
                            words = part.split(None, 2)
                            if len(words) == 3:
                                e[k].append({"type": words[0], "target": {"organization": words[1], "identifier": words[2]}})
                    else:
                        e[k] = v if v != "" else None
                entries.append(e)
    return [(e.get("organization"), json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            for e in entries]


# --------------------------------------------------------------------------- bulk endpoint

class NoBulkEndpoint(Exception):
    pass


def load_submissions(target, token, rows, chunk, reference):
    by_org = {}
    for org, line in rows:
        by_org.setdefault(org, []).append(line)
    conn = target.connection(timeout=1800)
    ok_rows = 0
    failed = 0
    first = True
    for org, lines in by_org.items():
        for start in range(0, len(lines), chunk):
            part = lines[start:start + chunk]
            body = b"\n".join(part) + b"\n"
            query = urllib.parse.urlencode({"organization": org, "reference": "%s-%s-%d" % (reference, org, start // chunk),
                                            "mode": "atomic"})
            t0 = time.time()
            conn.request("POST", target.prefix + "/api/v1/submissions?" + query, body=body,
                         headers={"Content-Type": "application/x-ndjson", "Authorization": "Bearer " + token,
                                  "Accept": "application/json"})
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
            if resp.status == 404 and first:
                conn.close()
                raise NoBulkEndpoint(text[:300])
            first = False
            took = time.time() - t0
            if resp.status in (200, 201):
                # 201 also stores a rejected atomic submission: the report's status and counts tell
                report = parse_json(text)
                counts = report.get("counts") or {}
                status = report.get("status")
                if status == "applied" or (status is None and not counts):
                    done = len(part)
                else:
                    done = sum(int(counts.get(k) or 0) for k in ("created", "updated", "unchanged"))
                    if status == "rejected":
                        done = 0
                ok_rows += done
                failed += len(part) - done
                print("  submissions %-12s rows %6d-%-6d -> %d %s in %.2fs (%.0f rows/s) %s" % (
                    org, start, start + len(part) - 1, resp.status, status, took, len(part) / took if took else 0,
                    summarize_report(text)), file=sys.stderr)
                for err in (report.get("errors") or [])[:5]:
                    print("    row %s: %s" % (err.get("row"), json.dumps(err, ensure_ascii=False)[:300]), file=sys.stderr)
            else:
                failed += len(part)
                print("  submissions %-12s rows %6d-%-6d -> HTTP %d in %.2fs: %s" % (
                    org, start, start + len(part) - 1, resp.status, took, text[:500]), file=sys.stderr)
    conn.close()
    return ok_rows, 0, failed


def parse_json(text):
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def summarize_report(text):
    report = parse_json(text)
    if not report:
        return text[:200]
    brief = {k: report[k] for k in ("id", "status", "counts") if k in report}
    if isinstance(report.get("errors"), list):
        brief["errors"] = len(report["errors"])
    return json.dumps(brief, separators=(",", ":"))


# --------------------------------------------------------------------------- single POSTs

def load_single(target, token, rows, workers):
    lock = threading.Lock()
    state = {"next": 0, "created": 0, "conflict": 0, "failed": 0, "statuses": {}, "samples": []}
    total = len(rows)
    path = target.prefix + "/api/v1/standards"
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token, "Accept": "application/json"}

    def worker():
        conn = target.connection()
        while True:
            with lock:
                i = state["next"]
                if i >= total:
                    break
                state["next"] = i + 1
            body = rows[i][1]
            status, text = None, ""
            for attempt in range(3):
                try:
                    conn.request("POST", path, body=body, headers=headers)
                    resp = conn.getresponse()
                    text = resp.read()
                    status = resp.status
                    if resp.getheader("Connection", "").lower() == "close":
                        conn.close()
                        conn = target.connection()
                    break
                except (OSError, http.client.HTTPException) as e:
                    conn.close()
                    conn = target.connection()
                    text = repr(e).encode()
                    time.sleep(0.2 * (attempt + 1))
            with lock:
                if status == 201:
                    state["created"] += 1
                elif status == 409:
                    state["conflict"] += 1
                else:
                    state["failed"] += 1
                if status != 201:
                    state["statuses"][status] = state["statuses"].get(status, 0) + 1
                    if len(state["samples"]) < 5:
                        state["samples"].append((status, body[:200].decode("utf-8", "replace"),
                                                 text[:400].decode("utf-8", "replace")))
        conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    t0 = time.time()
    for t in threads:
        t.start()
    last = t0
    while any(t.is_alive() for t in threads):
        time.sleep(0.25)
        now = time.time()
        if now - last >= 10:
            last = now
            with lock:
                done = state["next"]
            print("  ... %d/%d rows posted, %.0f rows/s" % (done, total, done / (now - t0)), file=sys.stderr)
    if state["statuses"]:
        print("  non-201 answers by status: %s" % state["statuses"], file=sys.stderr)
        for status, body, text in state["samples"]:
            print("    HTTP %s for %s...\n      -> %s" % (status, body, text), file=sys.stderr)
    return state["created"], state["conflict"], state["failed"]


# --------------------------------------------------------------------------- ids

def collect_ids(target, size, out):
    conn = target.connection()
    page = 0
    ids = []
    t0 = time.time()
    while True:
        q = urllib.parse.urlencode({"size": size, "page": page, "sort": "identifier"})
        conn.request("GET", target.prefix + "/api/v1/standards?" + q, headers={"Accept": "application/json"})
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise SystemExit("load.py ids: GET page %d answered %d: %s" % (page, resp.status, body[:300]))
        data = json.loads(body)
        ids.extend(item["id"] for item in data["items"])
        total_pages = data["page"]["totalPages"]
        page += 1
        if page >= total_pages or not data["items"]:
            break
    conn.close()
    took = time.time() - t0
    with open(out, "w", encoding="ascii") as f:
        for i in ids:
            f.write(i + "\n")
    distinct = len(set(ids))
    print("ids: %d ids (%d distinct) from %d pages of %d in %.1fs (%.0f ms/page) -> %s" % (
        len(ids), distinct, page, size, took, 1000 * took / max(page, 1), out), file=sys.stderr)
    if distinct != len(ids):
        print("ids: WARNING: paging returned duplicate ids (unstable order across pages?)", file=sys.stderr)
    print("IDS count=%d distinct=%d pages=%d seconds=%.2f ms_per_page=%.0f" % (
        len(ids), distinct, page, took, 1000 * took / max(page, 1)))


# --------------------------------------------------------------------------- main

def main(argv=None):
    p = argparse.ArgumentParser(description="Load generated standards into qitdb and gather ids.")
    sub = p.add_subparsers(dest="command", required=True)
    pl = sub.add_parser("load", help="load a generated file")
    pl.add_argument("file")
    pl.add_argument("--base", default="http://127.0.0.1:8080")
    pl.add_argument("--token", default=os.environ.get("QITDB_ADMIN_TOKEN"))
    pl.add_argument("--mode", choices=["auto", "submissions", "single"], default="auto")
    pl.add_argument("--workers", type=int, default=16)
    pl.add_argument("--chunk", type=int, default=50000, help="max lines per bulk call (default 50000)")
    pl.add_argument("--reference", default="bench", help="reference text prefix for bulk calls")
    pi = sub.add_parser("ids", help="write all entry ids to a file")
    pi.add_argument("--base", default="http://127.0.0.1:8080")
    pi.add_argument("--size", type=int, default=500)
    pi.add_argument("--out", required=True)
    args = p.parse_args(argv)

    target = Target(args.base)
    if args.command == "ids":
        collect_ids(target, args.size, args.out)
        return 0

    if not args.token:
        raise SystemExit("load.py: no admin token (use --token or QITDB_ADMIN_TOKEN)")
    if not 1 <= args.chunk <= 200000:
        raise SystemExit("load.py: --chunk must be 1..200000")
    rows = read_rows(args.file)
    print("load: %d rows from %s" % (len(rows), args.file), file=sys.stderr)
    mode = args.mode
    t0 = time.time()
    created = conflict = failed = 0
    if mode in ("auto", "submissions"):
        try:
            created, conflict, failed = load_submissions(target, args.token, rows, args.chunk, args.reference)
            mode = "submissions"
        except NoBulkEndpoint as e:
            if mode == "submissions":
                raise SystemExit("load.py: POST /api/v1/submissions answered 404: %s" % e)
            print("load: POST /api/v1/submissions answered 404; falling back to single POSTs with %d workers"
                  % args.workers, file=sys.stderr)
            mode = "single"
            t0 = time.time()
    if mode == "single":
        created, conflict, failed = load_single(target, args.token, rows, args.workers)
    took = time.time() - t0
    rate = len(rows) / took if took > 0 else 0.0
    print("load: %d rows via %s in %.1fs = %.0f rows/s (ok=%d, conflict=%d, failed=%d)" % (
        len(rows), mode, took, rate, created, conflict, failed), file=sys.stderr)
    print("LOAD mode=%s rows=%d ok=%d conflict=%d failed=%d seconds=%.2f rows_per_s=%.0f" % (
        mode, len(rows), created, conflict, failed, took, rate))
    return 0 if failed == 0 and conflict == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
