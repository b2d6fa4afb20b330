#!/usr/bin/env python3
"""numpy peer of thermolearn's langevin-baoab kernel: the obvious vectorised BAOAB loop with per-sub-step ledger.

A 1-D trap U = k/2 (x - lam)^2 (k = gamma = kT = m = 1) dragged at speed 1 from equilibrium: protocol work at the
lambda update, shadow work of the B and A sub-steps, heat from the O sub-step, like thermolearn.
Prints {"seconds": [...], "units": trajectories*steps} as the last line.
"""
import argparse
import json
import time

import numpy as np


def run(n, steps, dt, rng):
    k, gamma, kT, m, v = 1.0, 1.0, 1.0, 1.0, 1.0
    c = np.exp(-gamma * dt / m)
    kick = np.sqrt((1 - c * c) * kT / m)
    lam = 0.0
    x = lam + np.sqrt(kT / k) * rng.standard_normal(n)
    p = np.sqrt(kT / m) * rng.standard_normal(n)
    wp = np.zeros(n)
    ws = np.zeros(n)
    q = np.zeros(n)
    u = 0.5 * k * (x - lam) ** 2
    ke = 0.5 * m * p * p
    for s in range(steps):
        new = v * (s + 1) * dt
        shifted = 0.5 * k * (x - new) ** 2
        wp += shifted - u
        u, lam = shifted, new
        for sub in "BAOAB":
            if sub == "B":
                p = p - 0.5 * dt * k * (x - lam) / m
                ke2 = 0.5 * m * p * p
                ws += ke2 - ke
                ke = ke2
            elif sub == "A":
                x = x + 0.5 * dt * p
                u2 = 0.5 * k * (x - lam) ** 2
                ws += u2 - u
                u = u2
            else:
                p = c * p + kick * rng.standard_normal(n)
                ke2 = 0.5 * m * p * p
                q += ke - ke2
                ke = ke2
    return wp + ws, q


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trajectories", type=int, default=10000)
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--dt", type=float, default=1e-2)
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
