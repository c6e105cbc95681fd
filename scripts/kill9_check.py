#!/usr/bin/env python3
"""The load generator and the checker of scripts/kill9-under-load.sh (Python standard library only).

  kill9_check.py load  --base URL --acks FILE --summary FILE --ready FILE --tokens FILE [--workers 8] [--max-seconds 30]
  kill9_check.py check --base URL --acks FILE --state FILE --log-key KEY --round N --tokens FILE

`load` issues certificates as bw-officer from several threads and confirms some of them as eu-officer (confirmed,
discrepancy or refused), with the tokens of the previous round (tokens are rows in the database, so they outlive a
restart; a 401 is counted and cured by a new login), and appends every ACKNOWLEDGED answer (a 201 whose whole body
arrived) to the acks file, one JSON line each, flushed at once. It runs until SIGTERM (or --max-seconds), then writes a summary: the counts and
every unexpected status (anything but 201 and a 401 that a new login cures), which the caller treats as a failure.
Connection errors are expected: the server is killed under it.

`check` runs after a restart, with no load: every acknowledged issue and confirmation is there as acknowledged, BW's
numbers have no gap, every certificate is whole (lines, totals, seal, events, state), every event has its leaf in
the log at its leafIndex, the log has a leaf for nothing else, and nothing seen in an earlier round changed except
by a later event. It reads by number (GET /api/v1/certificates/{number}) every certificate that is new since the
last round or whose listed state changed; any other is its list item with the events seen before, since every event
changes a certificate's state. It prints one JSON line of figures and exits 1 listing every problem found.
"""
import argparse
import base64
import concurrent.futures
import hashlib
import http.client
import json
import os
import random
import re
import signal
import sys
import threading
import time
import urllib.parse

TIMEOUT = 15  # seconds for any one HTTP request
PASSWORDS = {"bw-officer": "demo-bw-password", "eu-officer": "demo-eu-password"}
FINAL_STATES = {"confirmed", "discrepancy", "refused", "voided", "expired"}


class Client:
    """One keep-alive HTTP connection; (status, body bytes) or (None, error text) on a connection failure."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port or 80
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, token=None):
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
            raw = response.read()
            if response.will_close:
                self.close()
            return response.status, raw
        except (OSError, http.client.HTTPException) as error:
            self.close()
            return None, f"{type(error).__name__}: {error}"

    def json(self, method, path, body=None, token=None):
        status, raw = self.request(method, path, body, token)
        if status is None:
            return None, raw
        try:
            return status, json.loads(raw)
        except ValueError:
            return status, raw[:300].decode("utf-8", "replace")


def login(client, username, attempts=1):
    for attempt in range(attempts):
        status, body = client.json("POST", "/api/v1/auth/token",
                                   {"username": username, "password": PASSWORDS[username]})
        if status == 201 and isinstance(body, dict) and "token" in body:
            return body["token"]
        if attempt + 1 < attempts:
            time.sleep(0.2)
    raise RuntimeError(f"cannot log in as {username}: {status} {body}")


class Tokens:
    """One token per account, shared by the workers; a 401 makes one worker log in again."""

    def __init__(self, base):
        self.base, self.lock, self.tokens = base, threading.Lock(), {}

    def get(self, username):
        with self.lock:
            return self.tokens.get(username)

    def renew(self, username, stale):
        with self.lock:
            if self.tokens.get(username) != stale:
                return
            client = Client(self.base)
            status, body = client.json("POST", "/api/v1/auth/token",
                                       {"username": username, "password": PASSWORDS[username]})
            client.close()
            if status == 201:
                self.tokens[username] = body["token"]


def saved_tokens(path):
    if not os.path.exists(path):
        return {}
    with open(path) as file:
        return json.load(file)


def save_tokens(path, tokens):
    with open(path + ".tmp", "w") as file:
        json.dump(tokens, file)
    os.replace(path + ".tmp", path)


# ---------------------------------------------------------------------------------------------------- load

def load(args):
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    deadline = time.monotonic() + args.max_seconds

    tokens = Tokens(args.base)
    client = Client(args.base)
    tokens.tokens = saved_tokens(args.tokens)  # from the previous round: a token outlives a restart
    for name in PASSWORDS:
        if name not in tokens.tokens:
            tokens.tokens[name] = login(client, name, attempts=10)
    status, companies = client.json("GET", "/api/v1/companies?perPage=200", token=tokens.get("bw-officer"))
    client.close()
    if status != 200:
        raise RuntimeError(f"GET /api/v1/companies: {status} {companies}")
    items = companies["items"]
    exporters = [c["id"] for c in items if c["participant"] == "BW" and c["canExport"] and not c["suspended"]]
    importers = [c["id"] for c in items if c["participant"] == "EU" and c["canImport"] and not c["suspended"]]
    if not exporters or not importers:
        raise RuntimeError("the demo companies are missing: start the first server with --demo")

    acks = open(args.acks, "a", encoding="utf-8")
    lock = threading.Lock()
    counts = {"issued": 0, "confirmations": 0, "relogins": 0, "cutOff": 0, "refused": 0}
    unexpected = []  # (what, status, body) of every answer that is neither a 201 nor a 401
    pool = []  # acknowledged issued certificates not yet confirmed: (number, issuedOn, lines)

    def record(line, kind):
        with lock:
            acks.write(json.dumps(line, sort_keys=True) + "\n")
            acks.flush()
            counts[kind] += 1

    def answer(what, status, body, username, token):
        """False when the worker should go on to the next request without using this answer."""
        if status is None:  # refused: the server is gone; anything else: cut off in flight by the kill
            with lock:
                counts["refused" if body.startswith("ConnectionRefusedError") else "cutOff"] += 1
            time.sleep(0.01)
            return False
        if status == 401:
            with lock:
                counts["relogins"] += 1
            tokens.renew(username, token)
            return False
        if status != 201 or not isinstance(body, dict):
            with lock:
                unexpected.append({"request": what, "status": status, "body": str(body)[:500]})
            return False
        return True

    def confirm(client, rng):
        with lock:
            if not pool:
                return
            number, issued_on, lines = pool.pop(rng.randrange(len(pool)))
        kind = rng.choice(["confirmed", "confirmed", "discrepancy", "refused"])
        if kind == "refused":
            draft = {"outcome": "refused", "reason": "kill -9 test: refused"}
        else:
            received = [{"hsCode": l["hsCode"], "caratsX100": l["caratsX100"], "parcels": l["parcels"]} for l in lines]
            if kind == "discrepancy":
                received[0]["caratsX100"] -= 1
            draft = {"outcome": "received", "receivedOn": issued_on, "lines": received}
        token = tokens.get("eu-officer")
        path = f"/api/v1/certificates/{number}/confirmation"
        status, body = client.json("POST", path, draft, token)
        if not answer("POST " + path, status, body, "eu-officer", token):
            return
        record({"kind": "confirmation", "number": number, "state": body.get("state"),
                "outcome": (body.get("confirmation") or {}).get("outcome"),
                "recordedAt": (body.get("confirmation") or {}).get("recordedAt")}, "confirmations")

    def worker(index):
        rng = random.Random(os.getpid() * 100 + index)
        client = Client(args.base)
        while not stop.is_set():
            lines = [{"hsCode": hs, "caratsX100": rng.randint(1, 5_000_000), "valueUsdCents": rng.randint(1, 10**10),
                      "parcels": rng.randint(1, 40)}
                     for hs in sorted(rng.sample(["7102.10", "7102.21", "7102.31"], rng.randint(1, 3)))]
            draft = {"importingParticipant": "EU", "exporterId": rng.choice(exporters),
                     "importerId": rng.choice(importers), "origin": {"kind": "single", "country": "BW"},
                     "lines": lines}
            token = tokens.get("bw-officer")
            status, body = client.json("POST", "/api/v1/certificates", draft, token)
            if answer("POST /api/v1/certificates", status, body, "bw-officer", token):
                record({"kind": "issued", "number": body.get("number"), "seal": body.get("seal"),
                        "issuedAt": body.get("issuedAt"), "lines": body.get("lines"), "totals": body.get("totals"),
                        "state": body.get("state")}, "issued")
                with lock:
                    pool.append((body.get("number"), body.get("issuedOn"), body.get("lines") or []))
            if not stop.is_set() and rng.random() < 0.4:
                confirm(client, rng)
        client.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.workers)]
    for thread in threads:
        thread.start()
    with open(args.ready, "w") as ready:
        ready.write("ready\n")
    while not stop.wait(0.1):
        if time.monotonic() > deadline:
            stop.set()
    end = time.monotonic() + 2 * TIMEOUT
    for thread in threads:
        thread.join(max(0.1, end - time.monotonic()))
    with lock:
        summary = dict(counts, unexpected=unexpected, stuckWorkers=sum(t.is_alive() for t in threads))
        acks.close()
    with open(args.summary, "w") as out:
        json.dump(summary, out)
    save_tokens(args.tokens, tokens.tokens)
    os._exit(0)  # do not wait for a stuck daemon thread


# ---------------------------------------------------------------------------------------------------- check

def tile_path(n):
    """C2SP tlog-tiles index: groups of three digits, all but the last prefixed with x."""
    digits = str(n)
    digits = "0" * (-len(digits) % 3) + digits
    groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    return "/".join(["x" + g for g in groups[:-1]] + [groups[-1]])


def log_entries(client, size):
    entries = []
    for bundle in range((size + 255) // 256):
        width = min(256, size - 256 * bundle)
        path = f"/log/tile/entries/{tile_path(bundle)}" + ("" if width == 256 else f".p/{width}")
        status, raw = client.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status} {raw[:200]!r}")
        at = 0
        while at < len(raw):
            length = int.from_bytes(raw[at:at + 2], "big")
            entries.append(raw[at + 2:at + 2 + length])
            at += 2 + length
        if len(entries) != 256 * bundle + width:
            raise RuntimeError(f"GET {path}: {len(entries) - 256 * bundle} entries, expected {width}")
    return [json.loads(entry) for entry in entries]


def seal_payload(seal):
    try:
        payload = seal[len("KP1:"):].split(".")[1]
        return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return None


def whole(cert):
    """Problems with one certificate read by its number: anything missing or inconsistent."""
    number, problems = cert.get("number", "?"), []
    lines, totals = cert.get("lines") or [], cert.get("totals") or {}
    if not lines:
        problems.append("no lines")
    for field in ("caratsX100", "valueUsdCents", "parcels"):
        if totals.get(field) != sum(line.get(field, 0) for line in lines):
            problems.append(f"totals.{field} {totals.get(field)} is not the sum of the lines")
    seal = cert.get("seal") or ""
    payload = seal_payload(seal) if seal.startswith("KP1:") else None
    if payload is None:
        problems.append("no readable seal")
    elif payload.get("no") != number or payload.get("total") != [totals.get("caratsX100"),
                                                                totals.get("valueUsdCents"), totals.get("parcels")]:
        problems.append(f"the seal says {payload.get('no')} {payload.get('total')}, not this certificate")
    if str(cert.get("issuedOn", ""))[:4] != number[3:7]:
        problems.append(f"issued on {cert.get('issuedOn')} but numbered {number}")
    events = cert.get("events") or []
    if not events or events[0].get("type") != "issued":
        problems.append(f"first event is {events[0].get('type') if events else 'missing'}, not issued")
    for event in events:
        if not isinstance(event.get("leafIndex"), int):
            problems.append(f"event {event.get('id')} ({event.get('type')}) has no leafIndex")
    state, confirmation = cert.get("state"), cert.get("confirmation")
    last = events[-1].get("type") if events else None
    if state == "issued":
        if len(events) != 1 or confirmation:
            problems.append(f"state issued with events {[e.get('type') for e in events]} / confirmation {confirmation}")
    elif state in ("confirmed", "discrepancy", "refused"):
        if not confirmation or confirmation.get("outcome") != state or last != state:
            problems.append(f"state {state}, last event {last}, confirmation {confirmation and confirmation.get('outcome')}")
    elif state in ("voided", "expired"):
        if last != state:
            problems.append(f"state {state}, last event {last}")
    else:
        problems.append(f"unknown state {state}")
    return [f"{number}: {p}" for p in problems]


def check(args):
    problems, local = [], threading.local()
    client = Client(args.base)
    token = saved_tokens(args.tokens).get("bw-officer") or login(client, "bw-officer", attempts=10)
    token_lock = threading.Lock()
    relogins = 0

    def get(path):
        nonlocal token, relogins
        if not hasattr(local, "client"):
            local.client = Client(args.base)
        for _ in range(3):
            used = token
            status, body = local.client.json("GET", path, token=used)
            if status == 401:
                with token_lock:
                    if token == used:
                        token = login(local.client, "bw-officer", attempts=3)
                        relogins += 1
                continue
            return status, body
        return status, body

    # Every certificate BW exported, page by page.
    listed, page, total = [], 1, None
    while page <= 10_000:
        status, body = get(f"/api/v1/certificates?exportingParticipant=BW&perPage=200&page={page}")
        if status != 200:
            raise RuntimeError(f"GET /api/v1/certificates page {page}: {status} {body}")
        total = body["total"]
        listed += body["items"]
        if not body["items"] or len(listed) >= total:
            break
        page += 1
    numbers = [c["number"] for c in listed]
    if len(numbers) != total or len(set(numbers)) != len(numbers):
        problems.append(f"the list has {len(numbers)} items ({len(set(numbers))} distinct) but total {total}")

    # No gap: per year, 1 to the maximum.
    by_year = {}
    for number in numbers:
        match = re.fullmatch(r"BW-(\d{4})-(\d{6})", number)
        if not match:
            problems.append(f"{number}: not a BW number")
            continue
        by_year.setdefault(match.group(1), []).append(int(match.group(2)))
    for year, seqs in sorted(by_year.items()):
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            problems.append(f"BW {year}: {len(missing)} numbers missing below {max(seqs)}: {missing[:20]}")

    # Every certificate new since the last round, or whose state changed, read by its number with its events. Every
    # event changes the state, so for the others the list item and the events seen last round are the whole of it.
    previous = {}
    if os.path.exists(args.state):
        with open(args.state) as saved:
            previous = json.load(saved)
    seen_before = previous.get("certificates", {})
    certs, to_read = {}, []
    for item in listed:
        seen = seen_before.get(item["number"])
        if seen is not None and seen["state"] == item.get("state"):
            certs[item["number"]] = dict(item, events=[{"id": i, "type": t, "leafIndex": l} for i, t, l in seen["events"]])
        else:
            to_read.append(item["number"])
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for number, (status, body) in zip(to_read, pool.map(lambda n: get(f"/api/v1/certificates/{n}"), to_read)):
            if status != 200 or not isinstance(body, dict):
                problems.append(f"GET /api/v1/certificates/{number}: {status} {str(body)[:200]}")
            else:
                certs[number] = body
    for cert in certs.values():
        problems += whole(cert)

    # The log, read after the certificates: every event seen is below its size.
    status, head = get("/api/v1/log")
    if status != 200:
        raise RuntimeError(f"GET /api/v1/log: {status} {head}")
    size = head["size"]
    if head.get("verifierKey") != args.log_key:
        problems.append(f"GET /api/v1/log serves the verifier key {head.get('verifierKey')}, not {args.log_key}")
    entries = log_entries(client, size)
    events = [(n, e) for n, c in certs.items() for e in c.get("events") or []]
    indexes = [e.get("leafIndex") for _, e in events]
    if len(set(indexes)) != len(indexes):
        problems.append("two events share a leafIndex")
    if size < len(events):
        problems.append(f"the log has {size} leaves, fewer than the {len(events)} events seen")

    def log_problems(number, cert):
        found = []
        digest = hashlib.sha256((cert.get("seal") or "").encode()).hexdigest()
        for event in cert.get("events") or []:
            index = event.get("leafIndex")
            if not isinstance(index, int):
                continue
            if not 0 <= index < size:
                found.append(f"{number}: event {event.get('type')} has leafIndex {index}, outside the log of {size}")
                continue
            entry = entries[index]
            expected = {"event": "certificate." + str(event.get("type")), "no": number, "from": "BW",
                        "to": cert["importingParticipant"]["code"], "seal_sha256": digest}
            wrong = {k: entry.get(k) for k, v in expected.items() if entry.get(k) != v}
            if wrong:
                found.append(f"{number}: leaf {index} for event {event.get('type')} has {wrong}")
        in_log = sum(1 for e in entries if e.get("no") == number)
        if in_log != len(cert.get("events") or []):
            found.append(f"{number}: {in_log} leaves in the log but {len(cert.get('events') or [])} events")
        return found

    bw_entries = [e for e in entries if str(e.get("event", "")).startswith("certificate.") and e.get("from") == "BW"]
    listed_numbers = set(numbers)
    for entry in bw_entries:
        if entry.get("no") not in listed_numbers:  # (listed but unreadable is a problem above already)
            problems.append(f"the log has {entry.get('event')} of {entry.get('no')}, which does not exist")
    issued_leaves = sum(1 for e in bw_entries if e.get("event") == "certificate.issued")
    if issued_leaves != len(numbers):
        problems.append(f"the log has {issued_leaves} certificate.issued leaves from BW for {len(numbers)} certificates")
    for number, cert in certs.items():
        found = log_problems(number, cert)
        if found:  # an event (the expiry job) may have landed between the read and the log: read it once more
            status, again = get(f"/api/v1/certificates/{number}")
            if status == 200 and all(e.get("leafIndex", size) < size for e in again.get("events") or []):
                found = log_problems(number, again)
        problems += found

    # Every acknowledged write, as acknowledged.
    acked_issues = acked_confirmations = 0
    with open(args.acks, encoding="utf-8") as acks:
        for line_number, line in enumerate(acks, 1):
            ack = json.loads(line)
            cert = certs.get(ack["number"])
            if ack["kind"] == "issued":
                acked_issues += 1
                if cert is None:
                    problems.append(f"LOST: {ack['number']} was acknowledged (201) but does not exist")
                    continue
                for field in ("seal", "issuedAt", "lines", "totals"):
                    if cert.get(field) != ack.get(field):
                        problems.append(f"{ack['number']}: {field} differs from the acknowledged answer")
            else:
                acked_confirmations += 1
                if cert is None:
                    problems.append(f"LOST: {ack['number']} ({ack['state']} acknowledged) does not exist")
                    continue
                recorded = (cert.get("confirmation") or {}).get("recordedAt")
                if cert.get("state") != ack["state"] or recorded != ack["recordedAt"]:
                    problems.append(f"LOST: confirmation of {ack['number']} acknowledged as {ack['state']} at "
                                    f"{ack['recordedAt']}, now {cert.get('state')} recorded at {recorded}")

    # What an earlier round saw is still there: final states unchanged, earlier events a prefix of today's.
    if size < previous.get("logSize", 0):
        problems.append(f"the log shrank from {previous['logSize']} to {size} leaves")
    for number, seen in seen_before.items():
        cert = certs.get(number)
        if cert is None:
            problems.append(f"{number}: seen in round {previous.get('round')}, gone now")
            continue
        now = [[e.get("id"), e.get("type"), e.get("leafIndex")] for e in cert.get("events") or []]
        if now[:len(seen["events"])] != seen["events"] or (seen["state"] in FINAL_STATES and cert["state"] != seen["state"]):
            problems.append(f"{number}: changed since round {previous.get('round')}: {seen} -> {cert['state']} {now}")
    with open(args.state + ".tmp", "w") as saved:
        json.dump({"round": args.round, "logSize": size, "certificates": {
            n: {"state": c["state"], "events": [[e.get("id"), e.get("type"), e.get("leafIndex")] for e in c["events"]]}
            for n, c in certs.items()}}, saved)
    os.replace(args.state + ".tmp", args.state)
    save_tokens(args.tokens, dict(saved_tokens(args.tokens), **{"bw-officer": token}))

    acked = set()
    with open(args.acks, encoding="utf-8") as acks:
        acked = {json.loads(line)["number"] for line in acks}
    new = [n for n in numbers if n not in seen_before]
    print(json.dumps({"certificates": len(numbers), "max": {y: max(s) for y, s in by_year.items()},
                      "newThisRound": len(new), "read": len(to_read), "committedUnacknowledged": len([n for n in new if n not in acked]),
                      "events": len(events), "logSize": size, "ackedIssues": acked_issues,
                      "ackedConfirmations": acked_confirmations, "relogins": relogins,
                      "problems": len(problems)}))
    for problem in problems[:50]:
        print("PROBLEM", problem)
    if len(problems) > 50:
        print(f"PROBLEM … and {len(problems) - 50} more")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("load")
    p.add_argument("--base", required=True)
    p.add_argument("--acks", required=True)
    p.add_argument("--summary", required=True)
    p.add_argument("--ready", required=True)
    p.add_argument("--tokens", required=True, help="JSON file of the accounts' tokens, kept from round to round")
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--max-seconds", type=float, default=30)
    p = sub.add_parser("check")
    p.add_argument("--base", required=True)
    p.add_argument("--acks", required=True)
    p.add_argument("--state", required=True)
    p.add_argument("--log-key", required=True)
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--tokens", required=True)
    args = parser.parse_args()
    try:
        sys.exit(load(args) if args.command == "load" else check(args))
    except RuntimeError as error:
        print(f"ERROR {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
