#!/usr/bin/env python3
"""pymbar peers of thermolearn's estimator kernels (exp, bar, mbar).

Usage:
  estimators.py exp FORWARD.f64 --repeat N
  estimators.py bar FORWARD.f64 REVERSE.f64 --repeat N
  estimators.py mbar UKN.f64 STATES SAMPLES_PER_STATE --repeat N

Inputs are raw little-endian float64 written by EstimatorKernels.prepare. Works with pymbar 4
(pymbar.other_estimators.exp/bar, MBAR.compute_free_energy_differences) and pymbar 3 (pymbar.EXP/BAR,
MBAR.getFreeEnergyDifferences). Prints one JSON line {"seconds": [...], "units": U, "value": ...} last.
"""
import json
import sys
import time
import warnings

import numpy as np
import pymbar

warnings.filterwarnings("ignore")

try:
    from pymbar import other_estimators as _oe  # pymbar 4

    def exp(w):
        r = _oe.exp(w)
        return r["Delta_f"], r["dDelta_f"]

    def bar(f, r):
        res = _oe.bar(f, r)
        return res["Delta_f"], res["dDelta_f"]

    def mbar(u, n_k):
        m = pymbar.MBAR(u, n_k)
        res = m.compute_free_energy_differences()
        return res["Delta_f"][0, -1], res["dDelta_f"][0, -1]
except ImportError:  # pymbar 3
    def exp(w):
        return pymbar.EXP(w)

    def bar(f, r):
        return pymbar.BAR(f, r)

    def mbar(u, n_k):
        m = pymbar.MBAR(u, n_k, verbose=False)
        d, dd = m.getFreeEnergyDifferences()[:2]
        return d[0, -1], dd[0, -1]


def main(argv):
    repeat = 5
    if "--repeat" in argv:
        i = argv.index("--repeat")
        repeat = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    kind = argv[0]
    if kind == "exp":
        w = np.fromfile(argv[1], dtype="<f8")
        run, units = (lambda: exp(w)), w.size
    elif kind == "bar":
        f = np.fromfile(argv[1], dtype="<f8")
        r = np.fromfile(argv[2], dtype="<f8")
        run, units = (lambda: bar(f, r)), f.size + r.size
    elif kind == "mbar":
        k, per = int(argv[2]), int(argv[3])
        u = np.fromfile(argv[1], dtype="<f8").reshape(k, k * per)
        n_k = np.full(k, per)
        run, units = (lambda: mbar(u, n_k)), k * per
    else:
        raise SystemExit("unknown kernel " + kind)
    seconds = []
    value = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = run()
        seconds.append(time.perf_counter() - t0)
    print(json.dumps({"seconds": seconds, "units": units, "value": [float(value[0]), float(value[1])]}))


if __name__ == "__main__":
    main(sys.argv[1:])
