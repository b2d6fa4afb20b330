#!/usr/bin/env python3
"""numpy peer of thermolearn's langevin-overdamped kernel: the obvious vectorised Euler-Maruyama loop.

A 1-D trap U = k/2 (x - lam)^2 (k = gamma = kT = 1) dragged at speed 1 from equilibrium; every step books the work
of the lambda jump at fixed x and the heat as the energy lost at fixed lambda, like thermolearn.
Prints {"seconds": [...], "units": trajectories*steps} as the last line.
"""
import argparse
import json
import time

import numpy as np


def run(n, steps, dt, rng):
    k, gamma, kT, v = 1.0, 1.0, 1.0, 1.0
    noise = np.sqrt(2 * kT * dt / gamma)
    lam = 0.0
    x = lam + np.sqrt(kT / k) * rng.standard_normal(n)
    w = np.zeros(n)
    q = np.zeros(n)
    e = 0.5 * k * (x - lam) ** 2
    for s in range(steps):
        lam = v * (s + 1) * dt
        shifted = 0.5 * k * (x - lam) ** 2
        w += shifted - e
        x = x - k * (x - lam) * (dt / gamma) + noise * rng.standard_normal(n)
        e = 0.5 * k * (x - lam) ** 2
        q += shifted - e
    return w, q


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trajectories", type=int, default=100000)
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--dt", type=float, default=1e-3)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    rng = np.random.default_rng(42)
    run(min(a.trajectories, 1000), 10, a.dt, rng)
    seconds = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        w, q = run(a.trajectories, a.steps, a.dt, rng)
        seconds.append(time.perf_counter() - t0)
        assert np.isfinite(w).all() and np.isfinite(q).all()
    print(json.dumps({"seconds": seconds, "units": a.trajectories * a.steps}))


if __name__ == "__main__":
    main()
