#!/usr/bin/env python3
"""Checks kpcs's seals and signed lists with joserfc, a JOSE library no one at kpcs wrote.

Usage: check_jose.py FOLDER
FOLDER holds root.jwk, trust-list.jws, void-list.jws and one or more seal-*.txt files (each a KP1: text) that
must verify. Exits 0 when every check passes, 1 with the reason otherwise.
"""
import json
import pathlib
import sys
import warnings

from joserfc import jws
from joserfc.jwk import OKPKey

ALGORITHMS = ["Ed25519", "EdDSA"]
# RFC 9864 deprecates the name EdDSA; kpcs writes Ed25519 and still accepts EdDSA, as the seals issue asks.
warnings.filterwarnings("ignore", message="EdDSA is deprecated")


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def open_signed(text, key, expected_typ):
    obj = jws.deserialize_compact(text.strip(), key, algorithms=ALGORITHMS)
    if obj.protected.get("typ") != expected_typ:
        fail(f"typ is {obj.protected.get('typ')}, expected {expected_typ}")
    if obj.protected.get("kid") != key.thumbprint():
        fail("the kid is not the RFC 7638 thumbprint of the key")
    return obj


def main(folder):
    folder = pathlib.Path(folder)
    root_members = json.loads((folder / "root.jwk").read_text())
    root = OKPKey.import_key(root_members)
    if root.thumbprint() != root_members["kid"]:
        fail("root.jwk: kid is not the key's RFC 7638 thumbprint")

    trust = open_signed((folder / "trust-list.jws").read_text(), root, "kpcs-trust-list+jwt")
    payload = json.loads(trust.payload)
    if not payload["exp"] > payload["iat"]:
        fail("trust list: exp is not after iat")
    keys = {}
    for member in payload["keys"]:
        key = OKPKey.import_key({k: member[k] for k in ("kty", "crv", "x")})
        if key.thumbprint() != member["kid"]:
            fail(f"trust list: kid {member['kid']} is not its key's thumbprint")
        keys[member["kid"]] = key
    voids = open_signed((folder / "void-list.jws").read_text(), root, "kpcs-void-list+jwt")
    void_payload = json.loads(voids.payload)
    print(f"trust list: {len(keys)} keys; void list: {len(void_payload['voided'])} entries; root {root.thumbprint()}")

    seals = sorted(folder.glob("seal-*.txt"))
    if not seals:
        fail("no seal-*.txt to check")
    for path in seals:
        text = path.read_text().strip()
        if not text.startswith("KP1:"):
            fail(f"{path.name}: no KP1: prefix")
        compact = text[4:]
        header = jws.extract_compact(compact.encode()).protected
        key = keys.get(header.get("kid"))
        if key is None:
            fail(f"{path.name}: kid {header.get('kid')} is not in the trust list")
        obj = jws.deserialize_compact(compact, key, algorithms=ALGORITHMS)
        if obj.protected.get("typ") != "kpcs-seal+jws":
            fail(f"{path.name}: typ is {obj.protected.get('typ')}")
        claims = json.loads(obj.payload)
        for name in ("v", "no", "iat", "issued", "expires", "from", "to", "exporter", "importer", "origin", "lines", "total"):
            if name not in claims:
                fail(f"{path.name}: claim {name} missing")
        tampered = compact[:-2] + ("AA" if not compact.endswith("AA") else "BB")
        try:
            jws.deserialize_compact(tampered, key, algorithms=ALGORITHMS)
            fail(f"{path.name}: a tampered signature verified")
        except Exception:
            pass
        print(f"{path.name}: {claims['no']} verified with alg {obj.protected['alg']}")
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    try:
        main(sys.argv[1])
    except Exception as error:  # joserfc raises on a bad signature or a malformed JWS
        fail(f"{type(error).__name__}: {error}")
