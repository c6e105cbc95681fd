#!/usr/bin/env python3
"""Writes Tests/KPCSCoreTests/Resources/statistics-reference.json: robust bands and Benford tests computed with SciPy
(scipy.stats.median_abs_deviation with scale='normal', scipy.stats.chisquare, scipy.stats.chi2.sf) over fixed data
sets, for KPCSCore's statistics tests. Usage: pip install scipy; python3 scripts/statistics-reference.py [--check]
With --check it writes nothing: it recomputes with the installed SciPy and fails when the committed file differs."""
import json
import sys
import math
import pathlib
import random

import numpy as np
from scipy import stats

random.seed(4242)
OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/KPCSCoreTests/Resources/statistics-reference.json"

bands = []
for name, values in [
    ("odd", [12000, 15000, 9000, 11000, 30000, 10500, 9800, 12500, 13000, 11800, 1000]),
    ("even", [5, 7, 7, 8, 9, 10, 10, 11, 12, 400]),
    ("lognormal-200", [int(round(random.lognormvariate(math.log(25000), 0.35))) for _ in range(200)]),
    ("ties", [100] * 12 + [101]),
]:
    values_array = np.array(values, dtype=float)
    bands.append({
        "name": name, "values": values, "median": float(np.median(values_array)),
        "mad": float(stats.median_abs_deviation(values_array, scale="normal")),
    })

benford = []
for name, amounts in [
    ("lognormal-wide", [int(10 ** random.uniform(3, 9)) for _ in range(2000)]),
    ("round-numbers", [random.choice([50000, 100000, 500000, 75000]) + random.randint(0, 99) for _ in range(300)]),
    ("uniform-4-digit", [random.randint(1000, 9999) for _ in range(500)]),
]:
    digits = [int(str(a)[0]) for a in amounts if a > 0]
    observed = [digits.count(d) for d in range(1, 10)]
    n = sum(observed)
    expected = [n * math.log10(1 + 1 / d) for d in range(1, 10)]
    result = stats.chisquare(observed, expected)
    benford.append({
        "name": name, "amounts": amounts, "observed": observed, "chiSquare": float(result.statistic),
        "pValue": float(result.pvalue), "sf8": float(stats.chi2.sf(result.statistic, 8)),
    })

def close(a, b):
    return a == b if not isinstance(a, float) else math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-300)


if "--check" in sys.argv:
    committed = json.loads(OUT.read_text())
    problems = []
    for kind, fresh in (("bands", bands), ("benford", benford)):
        for old, new in zip(committed[kind], fresh, strict=True):
            for key, value in new.items():
                if isinstance(value, list):
                    same = value == old[key]
                else:
                    same = close(value, old[key])
                if not same:
                    problems.append(f"{kind}/{new['name']}/{key}: committed {old[key]!r}, SciPy {__import__('scipy').__version__} gives {value!r}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"{OUT.name} matches SciPy {__import__('scipy').__version__}: {len(bands)} bands, {len(benford)} Benford tests")
    sys.exit(0)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({"generatedBy": "scripts/statistics-reference.py", "scipy": __import__("scipy").__version__,
                           "bands": bands, "benford": benford}, indent=1) + "\n")
print(f"wrote {OUT}")
