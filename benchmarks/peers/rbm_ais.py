"""Peer of thermolearn's ais kernel: forward AIS for a Bernoulli RBM in numpy (Salakhutdinov & Murray 2008),
vectorized over chains, base model W = 0 with the RBM's visible biases.

Usage: rbm_ais.py MODEL.f64 VISIBLE HIDDEN BETAS CHAINS [--repeat N]
MODEL.f64 holds little-endian float64: W (visible x hidden, row-major), b, c, betas.
Prints {"seconds": [...], "units": CHAINS * BETAS} as the last line (and log Z on stderr).
"""
import json
import sys
import time

import numpy as np


def softplus(x):
    return np.logaddexp(0.0, x)


def ais(w, b, c, ba, betas, chains, rng):
    nv, nh = w.shape
    v = (rng.random((chains, nv)) < 1 / (1 + np.exp(-ba))).astype(np.float64)
    logw = np.zeros(chains)
    for k in range(1, len(betas)):
        prev, nxt = betas[k - 1], betas[k]
        x = v @ w + c
        logw += (nxt - prev) * (v @ (b - ba)) + softplus(nxt * x).sum(1) - softplus(prev * x).sum(1)
        if k < len(betas) - 1:
            h = (rng.random((chains, nh)) < 1 / (1 + np.exp(-nxt * x))).astype(np.float64)
            field = (1 - nxt) * ba + nxt * (h @ w.T + b)
            v = (rng.random((chains, nv)) < 1 / (1 + np.exp(-field))).astype(np.float64)
    log_za = softplus(ba).sum() + nh * np.log(2)
    m = logw.max()
    return log_za + m + np.log(np.mean(np.exp(logw - m)))


def main(argv):
    repeat = 1
    if "--repeat" in argv:
        i = argv.index("--repeat")
        repeat = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    path, nv, nh, nb, chains = argv[0], int(argv[1]), int(argv[2]), int(argv[3]), int(argv[4])
    raw = np.fromfile(path, dtype="<f8")
    w = raw[:nv * nh].reshape(nv, nh)
    b = raw[nv * nh:nv * nh + nv]
    c = raw[nv * nh + nv:nv * nh + nv + nh]
    betas = raw[nv * nh + nv + nh:nv * nh + nv + nh + nb]
    seconds = []
    for r in range(repeat):
        rng = np.random.default_rng(r)
        t0 = time.perf_counter()
        log_z = ais(w, b, c, b, betas, chains, rng)
        seconds.append(time.perf_counter() - t0)
        print("log Z = %.6f" % log_z, file=sys.stderr)
    print(json.dumps({"seconds": seconds, "units": chains * nb}))


if __name__ == "__main__":
    main(sys.argv[1:])
