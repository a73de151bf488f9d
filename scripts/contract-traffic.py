#!/usr/bin/env python3
"""Black-box traffic over every endpoint of a running qitdb, as integrators send it, through a validating proxy.

Usage: contract-traffic.py BASE_URL ADMIN_TOKEN [--direct APP_URL] [--report FILE]

BASE_URL is normally a Prism validation proxy (`prism proxy openapi/openapi.yaml http://127.0.0.1:PORT`) in front of a
fresh packaged jar; the proxy adds an `sl-violations` header to every response it finds outside the committed spec.
The script counts responses with violations (and request violations apart), prints the most common messages and
exits 1 when any response is outside the spec. Requests malformed on the wire (bodies that are not JSON, bad
percent-encoding, HTTP/1.0 without Host), which the proxy cannot forward, go to APP_URL directly: each must be
answered with a 4xx problem document. It knows the API only from its documentation, not from the tests, and
writes only entries of its own (organization TTA, identifiers starting with CT-), which it deletes at the end.
"""
import collections
import gzip
import http.client
import json
import re
import sys
import time
import urllib.parse
import uuid

BASE = sys.argv[1].rstrip("/")
ADMIN = sys.argv[2]
REPORT = sys.argv[sys.argv.index("--report") + 1] if "--report" in sys.argv else None
URL = urllib.parse.urlsplit(BASE)
DIRECT = urllib.parse.urlsplit(sys.argv[sys.argv.index("--direct") + 1]) if "--direct" in sys.argv else URL
RUN = uuid.uuid4().hex[:6]
DEBUG = "--debug" in sys.argv

results = []  # (method, path, status, response_violations, request_violations)
malformed = []  # (method, path, status, what is wrong) of requests sent directly


def request(method, path, body=None, headers=None, token=None, raw_path=False, direct=False):
    headers = dict(headers or {})
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            data = body.encode()
        else:
            data = body
    where = DIRECT if direct else URL
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    target = path if raw_path else "/api/v1" + path
    try:
        connection.request(method, target, body=data, headers=headers)
        response = connection.getresponse()
        payload = response.read()
    except (OSError, http.client.HTTPException) as e:
        (malformed if direct else results).append((method, target.split("?")[0], 0, [], []) if not direct
                                                   else (method, target[:80], 0, "no answer"))
        print("no answer to %s %s: %s" % (method, target[:100], e))
        return 0, {}, b""
    violations = response.getheader("sl-violations")
    if violations and DEBUG:
        print(violations[:500])
    response_violations, request_violations = [], []
    if violations:
        for location, message in parse_violations(violations):
            (request_violations if location[:1] == ["request"] else response_violations).append(
                "/".join(str(p) for p in location) + ": " + message)
    if direct:
        content_type = response.getheader("Content-Type") or ""
        if not (400 <= response.status < 500 and content_type.startswith("application/problem+json")):
            malformed.append((method, target[:80], response.status, content_type + " " + payload[:80].decode("utf-8", "replace")))
    else:
        results.append((method, target.split("?")[0], response.status, response_violations, request_violations))
    connection.close()
    if response.getheader("Content-Encoding") == "gzip":
        payload = gzip.decompress(payload)
    return response.status, dict((k.lower(), v) for k, v in response.getheaders()), payload


def parse_violations(header):
    """The proxy's `sl-violations` header: a JSON list, or "Too many violations! [..." cut short."""
    try:
        return [(v.get("location") or [], v.get("message", "")) for v in json.loads(header)]
    except ValueError:
        found = re.findall(r'"location":\[([^\]]*)\][^}]*?"message":"([^"]*)"', header)
        return [([p.strip('"') for p in location.split(",")], message) for location, message in found] or [(["response"], header[:120])]


def raw(lines):
    """A request written byte for byte, straight to the application: its answer must be a 4xx problem document."""
    import socket
    with socket.create_connection((DIRECT.hostname, DIRECT.port), timeout=30) as sock:
        sock.sendall(lines)
        answer = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0].decode("iso-8859-1")
    status = int(head.split(" ", 2)[1]) if head.startswith("HTTP/") else 0
    if not (400 <= status < 500 and "application/problem+json" in head.lower()):
        malformed.append(("RAW", lines[:60].decode("iso-8859-1"), status, head[:120]))


def json_of(payload):
    try:
        return json.loads(payload)
    except ValueError:
        return None


def q(**params):
    pairs = []
    for name, value in params.items():
        for v in value if isinstance(value, list) else [value]:
            pairs.append((name, v))
    return "?" + urllib.parse.urlencode(pairs)


def standard(identifier, **extra):
    body = {"organization": "TTA", "identifier": identifier, "title": "Contract traffic entry " + identifier,
            "documentType": "national-standard", "status": "published", "publicationDate": "2024-05",
            "topics": ["qkdn-key-management"], "keywords": ["key relay"]}
    body.update(extra)
    return body


def main():
    # --- reads of the catalogue
    for params in [{}, {"organization": "ETSI"}, {"organization": ["ETSI", "ITU-T"], "status": "published"},
                   {"topic": "qkdn", "facets": "organization,status,topic,documentType,group,year"},
                   {"q": "key relay"}, {"q": "y3800"}, {"q": "\"trusted node\" -satellite"}, {"sort": "-publicationDate"},
                   {"sort": "title", "size": 5, "page": 2}, {"publishedFrom": "2020", "publishedTo": "2023-06"},
                   {"updatedSince": "2020-01-01T00:00:00Z"}, {"documentType": "recommendation", "group": "SG13"},
                   {"size": 500}, {"page": 999}, {"facets": "year"}, {"status": "in-development", "facets": "group"},
                   {"q": "qkd \"key management\"", "snippets": "true", "size": 50}, {"q": "y3800", "snippets": "true"},
                   {"snippets": "true"}]:
        request("GET", "/standards" + q(**params))
    for params in [{"size": 501}, {"page": -1}, {"sort": "nope"}, {"organisation": "ETSI"}, {"status": "bogus"},
                   {"publishedFrom": "2023-13"}, {"facets": "colour"}, {"size": "x"}, {"updatedSince": "yesterday"},
                   {"q": "key", "snippets": "yes"}]:
        request("GET", "/standards" + q(**params))
    status, headers, payload = request("GET", "/standards" + q(size=40))
    items = json_of(payload)["items"]
    for item in items[:25]:
        s, h, _ = request("GET", "/standards/" + item["id"])
        request("GET", "/standards/" + item["id"], headers={"If-None-Match": h.get("etag", '"0"')})
        request("GET", "/standards/" + item["id"] + "/history")
        request("GET", "/standards/lookup" + q(organization=item["organization"], identifier=item["identifier"]))
    for path in ["/standards/" + str(uuid.uuid4()), "/standards/not-a-uuid", "/standards/" + str(uuid.uuid4()) + "/history",
                 "/standards/lookup" + q(organization="ETSI", identifier="nothing-like-this"), "/standards/lookup",
                 "/standards/lookup" + q(organization="Nowhere", identifier="x")]:
        request("GET", path)
    request("GET", "/standards/" + items[0]["id"], headers={"If-None-Match": "garbage"})
    if items:
        request("GET", "/standards/" + items[0]["id"], headers={"If-None-Match": "W/\"1\", \"2\""})

    # --- reference data
    request("GET", "/organizations")
    for org in ["ETSI", "itu-t", "iso-iec", "nowhere"]:
        request("GET", "/organizations/" + org)
    request("GET", "/groups")
    request("GET", "/groups" + q(organization="ETSI"))
    request("GET", "/groups" + q(organization="nowhere"))
    for path in ["/groups/etsi/ISG%20QKD", "/groups/itu-t/SG13", "/groups/iso-iec/JTC%201/SC%2027", "/groups/etsi/none"]:
        request("GET", path)
    status, _, payload = request("GET", "/topics")
    for topic in ["qit", "qkdn", "qkdn-key-management", "no-such-topic"]:
        request("GET", "/topics/" + topic)

    # --- reference data writes (admin) and refusals
    org_code = "CT" + RUN.upper()
    request("POST", "/organizations", {"code": org_code, "name": "Contract traffic org " + RUN, "aliases": [], "url": "https://example.org"}, token=ADMIN)
    request("POST", "/organizations", {"code": org_code, "name": "Contract traffic org " + RUN}, token=ADMIN)
    request("POST", "/organizations", {"code": "", "name": ""}, token=ADMIN)
    request("POST", "/organizations", {"code": "X"})
    request("PUT", "/organizations/" + org_code.lower(), {"code": org_code, "name": "Renamed " + RUN}, token=ADMIN)
    request("POST", "/groups", {"organization": org_code, "code": "G1", "name": "Group one"}, token=ADMIN)
    request("POST", "/groups", {"organization": org_code, "code": "G2", "name": "Group two", "parent": "G1", "url": "https://example.org/g2"}, token=ADMIN)
    request("GET", "/groups/" + org_code.lower() + "/G2")
    request("PUT", "/groups/" + org_code.lower() + "/G2", {"organization": org_code, "code": "G2", "name": "Group two renamed"}, token=ADMIN)
    request("POST", "/topics", {"slug": "ct-" + RUN, "label": "Contract topic", "parent": "qkdn"}, token=ADMIN)
    request("POST", "/topics", {"slug": "ct-" + RUN + "-leaf", "label": "Leaf", "parent": "ct-" + RUN, "description": "d"}, token=ADMIN)
    request("PUT", "/topics/ct-" + RUN + "-leaf", {"slug": "ct-" + RUN + "-leaf", "label": "Leaf renamed", "parent": "ct-" + RUN}, token=ADMIN)
    request("GET", "/topics/ct-" + RUN)
    request("DELETE", "/topics/ct-" + RUN, token=ADMIN)  # 409: has a sub-topic
    for path in ["/organizations", "/groups", "/topics"]:
        for body in ["", " ", "\n\t", "null", "[]", "{", "{\"slug\": 5, \"label\": true, \"code\": false, \"name\": 1}"]:
            request("POST", path, body, headers={"Content-Type": "application/json"}, token=ADMIN, direct=True)

    # --- tokens
    status, _, payload = request("POST", "/tokens", {"name": "ct-editor-" + RUN, "role": "editor", "organizations": ["TTA"]}, token=ADMIN)
    editor = json_of(payload)
    editor_token = editor["token"]
    request("POST", "/tokens", {"name": "ct-editor-" + RUN, "role": "editor", "organizations": ["TTA"]}, token=ADMIN)
    request("POST", "/tokens", {"name": "x", "role": "root"}, token=ADMIN)
    request("GET", "/tokens", token=ADMIN)
    request("GET", "/tokens/" + editor["id"], token=ADMIN)
    request("GET", "/tokens", token=editor_token)
    request("GET", "/tokens")
    request("GET", "/tokens", token="not-a-valid-token-at-all")

    # --- writes of standards
    ids = []
    for n in range(12):
        status, headers, payload = request("POST", "/standards", standard("CT-%s-%d" % (RUN, n)), token=editor_token)
        if status == 201:
            ids.append((json_of(payload)["id"], headers.get("etag")))
    request("POST", "/standards", standard("CT-%s-0" % RUN), token=editor_token)  # 409
    request("POST", "/standards", standard("CT-%s-x" % RUN, organization="ETSI"), token=editor_token)  # 403
    request("POST", "/standards", standard("CT-%s-y" % RUN))  # 401
    request("POST", "/standards", {"organization": "TTA"}, token=editor_token)  # 400
    request("POST", "/standards", dict(standard("CT-%s-z" % RUN), identifier=True), token=editor_token)  # 400: not a string
    request("POST", "/standards", "organization=TTA", headers={"Content-Type": "text/plain"}, token=editor_token)  # 415
    first_id, first_tag = ids[0]
    status, headers, payload = request("GET", "/standards/" + first_id)
    current = json_of(payload)
    replaced = dict(current, title="Replaced title " + RUN)
    request("PUT", "/standards/" + first_id, replaced, token=editor_token)  # 428
    status, headers, _ = request("PUT", "/standards/" + first_id, replaced, headers={"If-Match": first_tag}, token=editor_token)
    request("PUT", "/standards/" + first_id, replaced, headers={"If-Match": first_tag}, token=editor_token)  # unchanged
    request("PUT", "/standards/" + first_id, dict(replaced, title="Stale"), headers={"If-Match": "\"1\""}, token=editor_token)  # 412
    tag = headers.get("etag")
    status, headers, _ = request("PATCH", "/standards/" + first_id, {"summary": "A summary"},
                                 headers={"If-Match": tag, "Content-Type": "application/merge-patch+json"}, token=editor_token)
    tag = headers.get("etag")
    status, headers, _ = request("PATCH", "/standards/" + first_id, {"summary": None, "version": "2"},
                                 headers={"If-Match": tag, "Content-Type": "application/merge-patch+json"}, token=editor_token)
    request("PATCH", "/standards/" + first_id, {"title": None},
            headers={"If-Match": headers.get("etag"), "Content-Type": "application/merge-patch+json"}, token=editor_token)  # 400
    request("PATCH", "/standards/" + first_id, "{", headers={"If-Match": "*", "Content-Type": "application/merge-patch+json"},
            token=editor_token, direct=True)
    request("PATCH", "/standards/" + first_id, {"summary": "x"}, headers={"Content-Type": "application/merge-patch+json"}, token=editor_token)  # 428
    request("PUT", "/standards/" + str(uuid.uuid4()), replaced, headers={"If-Match": "\"1\""}, token=editor_token)  # 404
    # upserts by natural key
    for n in range(8):
        ident = "CT-%s-U%d" % (RUN, n)
        body = standard(ident)
        request("PUT", "/organizations/TTA/standards/" + urllib.parse.quote(ident), body, token=editor_token)  # 201
        request("PUT", "/organizations/tta/standards/" + urllib.parse.quote(ident.lower()), body, token=editor_token)  # unchanged
        request("PUT", "/organizations/TTA/standards/" + urllib.parse.quote(ident), dict(body, title="Updated " + ident), token=editor_token)
    request("PUT", "/organizations/TTA/standards/CT-%s-U0" % RUN, standard("CT-%s-U0" % RUN), headers={"If-Match": "\"99\""}, token=editor_token)
    request("PUT", "/organizations/Nowhere/standards/X-1", standard("X-1", organization="Nowhere"), token=ADMIN)
    request("PUT", "/organizations/TTA/standards/CT-%s-U0" % RUN, standard("CT-%s-OTHER" % RUN), token=editor_token)  # 400

    # --- change feed, from the start to the end
    cursor, pages = None, 0
    while pages < 50:
        status, _, payload = request("GET", "/changes" + (q(since=cursor, limit=500) if cursor else q(limit=500)))
        page = json_of(payload)
        cursor = page["next"]
        pages += 1
        if not page["hasMore"]:
            break
    request("GET", "/changes" + q(since=cursor))
    request("GET", "/changes" + q(since="garbage"))
    request("GET", "/changes" + q(limit=0))
    request("GET", "/changes" + q(limit="many"))

    # --- submissions
    rows = [standard("CT-%s-S%d" % (RUN, n)) for n in range(5)]
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-1" % RUN, dryRun="true"), {"entries": rows}, token=editor_token)
    key = "ct-" + RUN
    status, headers, payload = request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-1" % RUN), {"entries": rows},
                                       headers={"Idempotency-Key": key}, token=editor_token)
    submission_id = (json_of(payload) or {}).get("id")
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-1" % RUN), {"entries": rows},
            headers={"Idempotency-Key": key}, token=editor_token)  # replay
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-1" % RUN), {"entries": rows[:2]},
            headers={"Idempotency-Key": key}, token=editor_token)  # 422
    ndjson = "\n".join(json.dumps(standard("CT-%s-N%d" % (RUN, n))) for n in range(4)) + "\n"
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-2" % RUN, mode="partial"), ndjson,
            headers={"Content-Type": "application/x-ndjson"}, token=editor_token)
    status, _, template = request("GET", "/submissions/template.csv")
    request("GET", "/submissions/template.csv", headers={"Accept": "text/csv"})
    request("GET", "/submissions/template.csv", headers={"Accept": "application/problem+json"})
    csv = "organization,identifier,title,documentType,status,topics\nTTA,CT-%s-C1,CSV row,national-standard,published,qkdn\nTTA,CT-%s-C2,,other,bogus,qkdn\n" % (RUN, RUN)
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-3" % RUN, mode="partial"), csv,
            headers={"Content-Type": "text/csv"}, token=editor_token)
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-4" % RUN), csv,
            headers={"Content-Type": "text/csv"}, token=editor_token)  # atomic: rejected
    request("POST", "/submissions" + q(organization="TTA", reference="LS-%s-5" % RUN, mode="sometimes"), {"entries": rows}, token=editor_token)
    request("POST", "/submissions" + q(organization="ETSI", reference="LS-%s-6" % RUN), {"entries": rows}, token=editor_token)  # 403
    request("POST", "/submissions" + q(reference="LS-x"), {"entries": rows}, token=editor_token)  # 400
    request("POST", "/submissions" + q(organization="TTA", reference="LS-x"), "<xml/>", headers={"Content-Type": "application/xml"}, token=editor_token)
    request("POST", "/submissions" + q(organization="TTA", reference="LS-x"), "{\"entries\": [", token=editor_token,
            headers={"Content-Type": "application/json"}, direct=True)
    request("GET", "/submissions")
    request("GET", "/submissions" + q(organization="TTA", size=5))
    request("GET", "/submissions" + q(page="x"))
    if submission_id:
        request("GET", "/submissions/" + submission_id)
    request("GET", "/submissions/" + str(uuid.uuid4()))

    # --- export
    for params, accept in [({"format": "csv", "organization": "ETSI"}, None), ({"format": "ndjson"}, None), ({"format": "json", "topic": "qkdn"}, None),
                           ({}, None), ({}, "text/csv"), ({}, "application/x-ndjson"), ({"organization": "TTA"}, "application/json"),
                           ({"format": "xml"}, None), ({"format": "csv"}, "application/json")]:
        request("GET", "/export" + q(**params), headers={"Accept": accept} if accept else None)
    request("GET", "/export" + q(format="csv"), headers={"Accept-Encoding": "gzip"})

    # --- landscape
    status, headers, _ = request("GET", "/landscape")
    request("GET", "/landscape", headers={"If-None-Match": headers.get("etag", "W/\"x\"")})
    for params in [{"topic": "qkdn"}, {"topic": "qkdn", "organization": "ETSI", "status": "published"},
                   {"publishedFrom": "2019", "publishedTo": "2024"}, {"topic": "no-such-topic"}, {"colour": "red"}]:
        request("GET", "/landscape" + q(**params))
    request("GET", "/landscape" + q(topic="qkdn"), headers={"Accept-Encoding": "gzip"})

    # --- representatives, with and without a token
    group = "G1"
    status, headers, payload = request("POST", "/representatives", {
        "organization": org_code, "group": group, "name": "Rep " + RUN, "role": "Rapporteur", "affiliation": "Example",
        "email": "rep-%s@example.org" % RUN, "since": "2024-01-15", "appointedBy": "email", "notes": "n"}, token=ADMIN)
    rep = json_of(payload) or {}
    rep_tag = headers.get("etag")
    request("POST", "/representatives", {"organization": org_code, "group": group, "name": "Rep2 " + RUN, "since": "2024-01-15"}, token=ADMIN)
    request("POST", "/representatives", {"organization": org_code, "group": "nope", "name": "x"}, token=ADMIN)
    request("POST", "/representatives", {"organization": "TTA", "group": "x", "name": "x"})
    request("POST", "/representatives", {"organization": org_code, "group": group, "name": "x", "since": "2024-01-15"}, token=editor_token)
    for token in [None, ADMIN]:
        request("GET", "/representatives", token=token)
        request("GET", "/representatives" + q(organization=org_code, active="all"), token=token)
        if rep.get("id"):
            request("GET", "/representatives/" + rep["id"], token=token)
            request("GET", "/representatives/" + rep["id"], headers={"If-None-Match": rep_tag}, token=token)
            request("GET", "/representatives/" + rep["id"] + "/history", token=token)
    request("GET", "/representatives" + q(active="maybe"))
    request("GET", "/representatives/" + str(uuid.uuid4()))
    request("GET", "/representatives", token="not-a-valid-token-at-all")
    if rep.get("id"):
        status, headers, _ = request("PATCH", "/representatives/" + rep["id"], {"until": "2030-06-30", "notes": None},
                                     headers={"If-Match": rep_tag, "Content-Type": "application/merge-patch+json"}, token=ADMIN)
        tag = headers.get("etag")
        request("PUT", "/representatives/" + rep["id"], {"organization": org_code, "group": group, "name": "Rep " + RUN,
                                                         "since": "2024-01-15"}, headers={"If-Match": tag}, token=ADMIN)
        request("PUT", "/representatives/" + rep["id"], {"organization": org_code, "group": group, "name": "Rep " + RUN,
                                                         "since": "2024-01-15"}, headers={"If-Match": "\"1\""}, token=ADMIN)
        request("PUT", "/representatives/" + rep["id"], {"organization": org_code, "group": group, "name": "Rep " + RUN}, token=ADMIN)
        request("GET", "/groups/" + org_code.lower() + "/" + group)
        request("DELETE", "/groups/" + org_code.lower() + "/" + group, token=ADMIN)  # 409: representatives
        request("DELETE", "/representatives/" + rep["id"], headers={"If-Match": "\"1\""}, token=ADMIN)  # 412
        request("DELETE", "/representatives/" + rep["id"], token=ADMIN)
        request("GET", "/representatives/" + rep["id"] + "/history")

    # --- framework-level refusals
    request("DELETE", "/organizations", token=ADMIN)  # 405
    request("GET", "/standards", headers={"Accept": "application/xml"})  # 406
    request("GET", "/no-such-endpoint")
    request("GET", "/standards" + q(q="x" * 5000))  # 414
    request("GET", "/standards", headers={"X-Padding": "p" * 20000})  # 431
    for target in ["/api/v1/standards/%E0%A4%A", "/api/v1/standards?q=%ZZ", "/api/v1/standards?q=%C3%28", "/api/v1/standards/%FF%FE",
                   "/api/v1/organizations/%C0%AF", "/api/v1/standards?organization=%"]:
        request("GET", target, raw_path=True, direct=True)
    request("GET", "/standards" + q(q="x" * 5000), direct=True)
    request("GET", "/standards", headers={"X-Padding": "p" * 20000}, direct=True)
    raw(b"GET /api/v1/standards?size=1 HTTP/1.0\r\n\r\n")
    raw(b"GET /api/v1/representatives?size=1 HTTP/1.0\r\nConnection: close\r\n\r\n")
    request("OPTIONS", "/standards", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"})

    # --- clean up what this run wrote
    for standard_id, _ in ids:
        request("DELETE", "/standards/" + standard_id, token=editor_token)
    request("DELETE", "/standards/" + ids[0][0], token=editor_token)  # 404 now
    status, _, payload = request("GET", "/standards" + q(organization="TTA", q="CT-" + RUN, size=500))
    for item in (json_of(payload) or {}).get("items", []):
        request("DELETE", "/standards/" + item["id"], token=ADMIN)
    request("DELETE", "/tokens/" + editor["id"], token=ADMIN)
    request("DELETE", "/tokens/" + editor["id"], token=ADMIN)  # 404
    request("DELETE", "/topics/ct-" + RUN + "-leaf", token=ADMIN)
    request("DELETE", "/topics/ct-" + RUN, token=ADMIN)


if __name__ == "__main__":
    started = time.time()
    try:
        main()
    finally:
        bad = [r for r in results if r[3]]
        requests_flagged = [r for r in results if r[4]]
        messages = collections.Counter(m for r in bad for m in {re.sub(r"\b\d+\b", "N", m) for m in r[3]})
        by_status = collections.Counter(r[2] for r in results)
        print("requests: %d in %.1f s; statuses: %s" % (len(results), time.time() - started, dict(sorted(by_status.items()))))
        print("responses outside the spec: %d" % len(bad))
        print("requests the spec does not describe (request violations): %d" % len(requests_flagged))
        print("malformed requests sent directly: %d answered without a 4xx problem document" % len(malformed))
        for m in malformed:
            print("  ", m)
        print("most common (responses with it):")
        for message, count in messages.most_common(40):
            print("  %4d  %s" % (count, message[:200]))
        if REPORT:
            with open(REPORT, "w") as out:
                for r in results:
                    if r[3] or r[4]:
                        out.write(json.dumps({"method": r[0], "path": r[1], "status": r[2], "response": r[3], "request": r[4]}) + "\n")
    # the traffic is what a well-behaved integrator sends: an incident (5xx) for any of it is a failure too
    incidents = [r for r in results if r[2] >= 500]
    for r in incidents:
        print("incident: %s %s answered %d" % (r[0], r[1], r[2]))
    sys.exit(1 if bad or malformed or incidents else 0)
