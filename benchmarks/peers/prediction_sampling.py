#!/usr/bin/env python3
"""Peer of thermolearn's prediction-sampling kernel: a signal (Markov chain) driving a system that relaxes by a
given kernel, simulated in numpy lock-step across trajectories, then plug-in I[s;x], I[s;x'] and mean work.

usage: prediction_sampling.py DIR TRAJECTORIES BURNIN [--repeat N]
DIR holds pred_signal.bin (k x k), pred_kernels.bin (k x k x k, [x][s][s']), pred_equilibrium.bin (k x k, [x][s]),
pred_energies.bin (k x k, [s][x]) and pred_stationary.bin (k), little-endian float64.
Prints {"seconds": [...], "units": steps} as its last line.
"""
import json
import os
import sys
import time

import numpy as np


def draw(cum_rows, u):
    # cum_rows: (n, k) cumulative probabilities per trajectory; returns the first index with u < cum
    return (u[:, None] >= cum_rows[:, :-1]).sum(axis=1)


def mutual_information(a, b, k):
    counts = np.bincount(a * k + b, minlength=k * k).reshape(k, k).astype(float)
    p = counts / counts.sum()
    pa = p.sum(axis=1, keepdims=True)
    pb = p.sum(axis=0, keepdims=True)
    nz = p > 0
    return float((p[nz] * np.log(p[nz] / (pa @ pb)[nz])).sum())


def run(d, n, burn_in, rng):
    k = d["stationary"].size
    sig = np.cumsum(d["signal"], axis=1)
    ker = np.cumsum(d["kernels"], axis=2)
    eq = np.cumsum(d["equilibrium"], axis=1)
    x = draw(np.broadcast_to(np.cumsum(d["stationary"]), (n, k)), rng.random(n))
    s = draw(eq[x], rng.random(n))
    for _ in range(burn_in):
        x = draw(sig[x], rng.random(n))
        s = draw(ker[x, s], rng.random(n))
    y = draw(sig[x], rng.random(n))
    e = d["energies"]
    work = e[s, y] - e[s, x]
    return mutual_information(s, x, k), mutual_information(s, y, k), work.mean()


def main():
    args = sys.argv[1:]
    repeat = 3
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i:i + 2]
    folder, n, burn_in = args[0], int(args[1]), int(args[2])
    stationary = np.fromfile(os.path.join(folder, "pred_stationary.bin"), dtype="<f8")
    k = stationary.size
    d = {"stationary": stationary,
         "signal": np.fromfile(os.path.join(folder, "pred_signal.bin"), dtype="<f8").reshape(k, k),
         "kernels": np.fromfile(os.path.join(folder, "pred_kernels.bin"), dtype="<f8").reshape(k, k, k),
         "equilibrium": np.fromfile(os.path.join(folder, "pred_equilibrium.bin"), dtype="<f8").reshape(k, k),
         "energies": np.fromfile(os.path.join(folder, "pred_energies.bin"), dtype="<f8").reshape(k, k)}
    rng = np.random.default_rng(12345)
    seconds = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = run(d, n, burn_in, rng)
        seconds.append(time.perf_counter() - t0)
    print("I_mem %.6f I_pred %.6f W %.6f" % result, file=sys.stderr)
    print(json.dumps({"seconds": seconds, "units": n * (burn_in + 1)}))


if __name__ == "__main__":
    main()
