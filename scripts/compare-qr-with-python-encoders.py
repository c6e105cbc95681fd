#!/usr/bin/env python3
"""Compare KPCSQR's module matrices with two independent Python QR encoders.

The Swift test ExportForComparisonTests (enabled by KPCSQR_EXPORT_DIR) writes,
for a fixed set of payloads, the version and mask KPCSQR chose and its module
matrix, plus every byte capacity. This script then

* encodes the same bytes with segno and with python-qrcode at the same
  version, level and mask, and requires identical module matrices;
* checks all 160 capacities against segno (capacity fits, capacity + 1 does not);
* reports how often KPCSQR's mask equals the one segno chooses by itself
  (informational: implementations differ in penalty details).

segno 1.6.6 writes a whole 0x00 codeword of "padding bits" when the bit
stream after the terminator already ends on a codeword boundary (its
write_padding_bits adds 8 - len % 8 bits, i.e. 8 when len % 8 == 0), which in
byte mode is every payload that does not fill the symbol. ISO/IEC 18004 §7.4.10
adds padding bits only to reach the boundary, as python-qrcode does, so that
one function is replaced with the ISO rule before comparing.

Usage: pip install segno qrcode; python3 scripts/compare-qr-with-python-encoders.py (from the repository root;
it runs `swift test --filter ExportForComparisonTests` itself). .ci/run runs it after the tests.
Exit status 0 when every matrix and capacity agrees.
"""
import os
import random
import subprocess
import sys
import tempfile

import qrcode
import qrcode.util
import segno
import segno.encoder

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEVELS = "LMQH"
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
QRCODE_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H,
}


def iso_padding_bits(buff, version, length):
    """Padding bits up to the next codeword boundary only (ISO/IEC 18004 §7.4.10)."""
    buff.extend([0] * ((8 - length % 8) % 8))


segno.encoder.write_padding_bits = iso_padding_bits


def segno_fits(count, version, level):
    try:
        segno.make(b"a" * count, version=version, error=level.lower(), mode="byte",
                   mask=0, boost_error=False, micro=False)
        return True
    except segno.DataOverflowError:
        return False


def make_cases(m_capacities):
    rng = random.Random(18004)
    cases = [("M", b""), ("L", bytes(range(256))), ("H", "Kimberley – ☃ 💎".encode())]
    for capacity in m_capacities:  # every version at level M, filled to capacity
        cases.append(("M", bytes(rng.choice(ALPHABET) for _ in range(capacity))))
    for level in LEVELS:
        for length in (1, 20, 100, 181, 182, 183, 500, 1000):
            cases.append((level, bytes(rng.randrange(256) for _ in range(length))))
    parts = (bytes(rng.choice(ALPHABET) for _ in range(rng.randrange(20, 140))) for _ in range(12))
    cases.append(("M", (b"KP1:" + b".".join(parts))[:700]))
    return cases


def export(cases):
    """Runs the Swift export and returns (matrix lines, capacity rows)."""
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "cases.txt"), "w") as handle:
            handle.writelines(f"{level} {data.hex()}\n" for level, data in cases)
        env = dict(os.environ, KPCSQR_EXPORT_DIR=directory)
        subprocess.run(["swift", "test", "-j", "1", "--filter", "ExportForComparisonTests"],
                       cwd=PACKAGE, env=env, check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(directory, "matrices.txt")) as handle:
            lines = handle.read().split("\n")
        with open(os.path.join(directory, "capacities.txt")) as handle:
            capacities = [list(map(int, row.split())) for row in handle.read().split("\n") if row]
    return lines, capacities


def qrcode_matrix(data, version, level, mask):
    code = qrcode.QRCode(version=version, error_correction=QRCODE_LEVELS[level],
                         mask_pattern=mask, border=0)
    code.add_data(qrcode.util.QRData(data, mode=qrcode.util.MODE_8BIT_BYTE))
    code.make(fit=False)
    return [[bool(v) for v in row] for row in code.get_matrix()]


def main():
    # Capacities at level M come from segno, so the full-capacity cases do not depend on KPCSQR.
    m_capacities = []
    for version in range(1, 41):
        count = m_capacities[-1] if m_capacities else 0
        while segno_fits(count + 1, version, "M"):
            count += 1
        m_capacities.append(count)
    cases = make_cases(m_capacities)
    lines, capacities = export(cases)

    mismatches = {"segno": 0, "python-qrcode": 0}
    same_mask = 0
    versions = set()
    position = 0
    for level, data in cases:
        _, version, mask = lines[position].split()
        version, mask = int(version), int(mask)
        size = 17 + 4 * version
        ours = [[c == "1" for c in row] for row in lines[position + 1:position + 1 + size]]
        position += 1 + size
        versions.add(version)
        theirs = segno.make(data, version=version, error=level.lower(), mode="byte", mask=mask,
                            boost_error=False, micro=False)
        candidates = {
            "segno": [[bool(v) for v in row] for row in theirs.matrix],
            "python-qrcode": qrcode_matrix(data, version, level, mask),
        }
        for name, matrix in candidates.items():
            if matrix != ours:
                mismatches[name] += 1
                print(f"MISMATCH with {name}: level {level} version {version} mask {mask} "
                      f"length {len(data)}")
        auto = segno.make(data, version=version, error=level.lower(), mode="byte",
                          boost_error=False, micro=False)
        same_mask += auto.mask == mask

    capacity_failures = 0
    for version, *row in capacities:
        for level, capacity in zip(LEVELS, row):
            if not (segno_fits(capacity, version, level) and not segno_fits(capacity + 1, version, level)):
                capacity_failures += 1
                print(f"CAPACITY MISMATCH version {version} level {level}: {capacity}")

    for name, count in mismatches.items():
        print(f"{name}: {len(cases) - count} of {len(cases)} matrices identical "
              f"({len(versions)} distinct versions)")
    print(f"capacities: {160 - capacity_failures} of 160 agree with segno")
    print(f"mask choice: {same_mask} of {len(cases)} equal to segno's own choice")
    return 1 if capacity_failures or any(mismatches.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
