#!/usr/bin/env python3
"""Reads a PostgreSQL server log excerpt on stdin and prints the auto_explain plans in it: the duration, the
query text (shortened), and the plan, one block per statement."""
import re
import sys

blocks, current = [], None
for line in sys.stdin:
    line = line.rstrip("\n")
    match = re.search(r"LOG:\s+duration: ([\d.]+ ms)\s+plan:", line)
    if match:
        current = {"duration": match.group(1), "lines": []}
        blocks.append(current)
    elif current is not None and line.startswith("\t"):
        current["lines"].append(line[1:])
    else:
        current = None

for block in blocks:
    lines = block["lines"]
    query = [l for l in lines if l.startswith("Query Text:")]
    plan = [l for l in lines if not l.startswith("Query Text:") and not l.startswith("Query Parameters:")]
    text = query[0][len("Query Text: "):] if query else ""
    if len(text) > 600:
        text = text[:600] + " …"
    print("-- %s: %s" % (block["duration"], text))
    for l in plan:
        print(l)
    print()
