#!/usr/bin/env python3
"""A sync tool's steady trickle of writes beside a read benchmark: upserts one entry every INTERVAL seconds.

    bench/writer.py --base http://127.0.0.1:8080 --token TOKEN [--interval 0.2] [--seconds 120]

Each write is PUT /api/v1/organizations/{organization}/standards/{identifier} of the same entry with a new title, so
every write changes it (a new revision, a change-log event, an index update). Stops after --seconds (or on SIGTERM)
and prints one line: WRITER writes=… non2xx=… p50_ms=… p99_ms=…
"""
import argparse
import json
import signal
import sys
import time
import urllib.error
import urllib.request


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--organization", default="TTA")
    parser.add_argument("--identifier", default="TTAK.QT-BENCH-WRITER")
    args = parser.parse_args()

    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    url = f"{args.base}/api/v1/organizations/{args.organization}/standards/{args.identifier}"
    latencies, failures, n = [], 0, 0
    deadline = time.monotonic() + args.seconds
    next_at = time.monotonic()
    while not stop["now"] and time.monotonic() < deadline:
        n += 1
        body = json.dumps({"organization": args.organization, "identifier": args.identifier,
                           "title": f"Benchmark writer entry, write {n}", "documentType": "national-standard",
                           "status": "published", "topics": ["qkd"]}).encode()
        request = urllib.request.Request(url, data=body, method="PUT", headers={
            "Authorization": f"Bearer {args.token}", "Content-Type": "application/json"})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                answer.read()
        except (urllib.error.URLError, TimeoutError):
            failures += 1
        latencies.append((time.monotonic() - started) * 1000)
        next_at += args.interval
        time.sleep(max(0.0, next_at - time.monotonic()))
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0
    print(f"WRITER writes={n} non2xx={failures} p50_ms={pick(0.5):.1f} p99_ms={pick(0.99):.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
