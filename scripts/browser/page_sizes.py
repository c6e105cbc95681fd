#!/usr/bin/env python3
"""Measures every kpcs page's size and server time against a running demo server (`kpcs serve --demo`).

For each page, in English and in French: the uncompressed body in bytes, and the median and 95th percentile
(nearest rank) of the wall time of 20 GETs over one keep-alive connection. Officer pages are fetched as
bw-officer, administrator pages as demo-admin, both logged in through the HTML login form. Before measuring, the
officer's certificates list is filled to a whole page (50) through the JSON API if the demo holds fewer, so the
list is measured at its largest.

Prints a Markdown table; exit status 1 if any page is 60 KB (61,440 bytes) or more.
Usage: python3 scripts/browser/page_sizes.py --base http://127.0.0.1:18090
"""
import argparse
import http.client
import json
import math
import re
import statistics
import sys
import datetime
import time
import urllib.parse

LIMIT = 60 * 1024
SAMPLES = 20
LIST_PAGE = 50
LANGUAGES = ("en", "fr")
PUBLIC_PAGES = [
    ("home", "/"), ("participants", "/participants"), ("participant BW", "/participants/BW"), ("verify", "/verify"),
    ("statistics", "/statistics"), ("statistics, last year", f"/statistics?year={datetime.date.today().year - 1}"),
    ("login", "/login"),
]
OFFICER_PAGES = [
    ("dashboard", "/dashboard"), ("certificates list", "/certificates"), ("new certificate", "/certificates/new"),
    ("companies", "/companies"), ("production", "/production"),
]
ADMIN_PAGES = [
    ("admin", "/admin"), ("admin participants", "/admin/participants"), ("admin authorities", "/admin/authorities"),
    ("admin accounts", "/admin/accounts"), ("admin settings", "/admin/settings"),
]
CERTIFICATE_LINK = re.compile(r'href="/certificates/([A-Z]{2}-\d{4}-\d{6})"')


class Client:
    """One keep-alive connection with its own cookies."""

    def __init__(self, base):
        address = urllib.parse.urlsplit(base)
        self.connection = http.client.HTTPConnection(address.hostname, address.port or 80, timeout=60)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value:
                self.cookies[name.strip()] = value
            else:
                self.cookies.pop(name.strip(), None)
        return response, data

    def get(self, path):
        response, data = self.request("GET", path)
        if response.status != 200:
            sys.exit(f"GET {path}: status {response.status}")
        if response.getheader("Content-Encoding"):
            sys.exit(f"GET {path}: compressed ({response.getheader('Content-Encoding')}) though not asked")
        return data

    def log_in(self, username, password):
        page = self.get("/login").decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        if csrf is None or "kpcs_login_csrf" not in self.cookies:
            sys.exit("GET /login: no csrf field or no kpcs_login_csrf cookie")
        form = urllib.parse.urlencode({"username": username, "password": password, "csrf": csrf.group(1)})
        response, _ = self.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        if response.status != 303 or "kpcs_session" not in self.cookies:
            sys.exit(f"POST /login as {username}: status {response.status}, no session cookie")


def api(client, method, path, token=None, payload=None):
    body = None if payload is None else json.dumps(payload)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    response, data = client.request(method, path, body, headers)
    if response.status not in (200, 201):
        sys.exit(f"{method} {path}: status {response.status}: {data[:300]!r}")
    return json.loads(data)


def fill_certificates_list(base, officer):
    """Issues BW → EU certificates through the API until the officer's list page holds a whole page."""
    shown = len(set(CERTIFICATE_LINK.findall(officer.get("/certificates").decode())))
    if shown >= LIST_PAGE:
        return
    client = Client(base)
    token = api(client, "POST", "/api/v1/auth/token", payload={"username": "bw-officer", "password": "demo-bw-password"})["token"]
    companies = api(client, "GET", "/api/v1/companies?perPage=200", token)["items"]
    exporter = next(c["id"] for c in companies if c["participant"] == "BW" and c["canExport"] and not c["suspended"])
    importer = next(c["id"] for c in companies if c["participant"] == "EU" and c["canImport"] and not c["suspended"])
    draft = {
        "importingParticipant": "EU", "exporterId": exporter, "importerId": importer,
        "origin": {"kind": "single", "country": "BW"},
        "lines": [{"hsCode": "7102.10", "caratsX100": 123456, "valueUsdCents": 9876543, "parcels": 3}],
    }
    for _ in range(LIST_PAGE - shown):
        api(client, "POST", "/api/v1/certificates", token, draft)
    print(f"(issued {LIST_PAGE - shown} certificates through the API so the list page holds {LIST_PAGE})\n")


def with_language(path, language):
    return f"{path}{'&' if '?' in path else '?'}lang={language}"


def measure(client, path):
    """The body size and the median and p95 wall time in milliseconds of SAMPLES GETs."""
    times = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        body = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return len(body), statistics.median(times), times[math.ceil(0.95 * len(times)) - 1]


def api_baseline(base, officer):
    """The same first 50 certificates as JSON from the API (the officer's session token sent as a bearer token): the
    baseline of the list page's time, measured in the same run."""
    client = Client(base)
    headers = {"Authorization": f"Bearer {officer.cookies['kpcs_session']}"}
    times = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        response, data = client.request("GET", f"/api/v1/certificates?perPage={LIST_PAGE}", headers=headers)
        times.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            sys.exit(f"GET /api/v1/certificates: status {response.status}")
    return len(data), statistics.median(times)


def pages(base):
    """(client, name, path) for every page: public ones anonymous, then as bw-officer, then as demo-admin."""
    anonymous, officer, admin = Client(base), Client(base), Client(base)
    officer.log_in("bw-officer", "demo-bw-password")
    admin.log_in("demo-admin", "demo-admin-password")
    fill_certificates_list(base, officer)
    listed = CERTIFICATE_LINK.search(officer.get("/certificates").decode())
    if listed is None:
        sys.exit("GET /certificates: no link to a certificate")
    certificate = [("certificate", f"/certificates/{listed.group(1)}")]
    return officer, ([(anonymous, name, path) for name, path in PUBLIC_PAGES]
                     + [(officer, name, path) for name, path in OFFICER_PAGES + certificate]
                     + [(admin, name, path) for name, path in ADMIN_PAGES])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the server, e.g. http://127.0.0.1:18090")
    args = parser.parse_args()
    officer, measured = pages(args.base)
    print("| page | lang | bytes | KB | median ms | p95 ms |")
    print("|---|---|--:|--:|--:|--:|")
    too_large = []
    list_medians = []
    for client, name, path in measured:
        for language in LANGUAGES:
            size, median, p95 = measure(client, with_language(path, language))
            if path == "/certificates":
                list_medians.append(median)
            flag = " **≥ 60 KB**" if size >= LIMIT else ""
            print(f"| {name} | {language} | {size:,} | {size / 1024:.1f}{flag} | {median:.1f} | {p95:.1f} |")
            if size >= LIMIT:
                too_large.append(f"{name} ({language})")
    size, median = api_baseline(args.base, officer)
    print(f"\nBaseline, same run: GET /api/v1/certificates?perPage={LIST_PAGE} (JSON, the same query): {size:,} bytes, "
          f"median {median:.1f} ms; the HTML list page takes {statistics.median(list_medians) / median:.2f}× its time.")
    if too_large:
        print(f"\nFAIL: {len(too_large)} page(s) of {LIMIT:,} bytes or more: {', '.join(too_large)}")
        return 1
    print(f"\nOK: every page under {LIMIT:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
