"""Peer of thermolearn's rbm-pcd-epoch kernel: one epoch of scikit-learn's BernoulliRBM (PCD-1).

Usage: rbm_pcd_epoch.py IMAGES.u8 ROWS VISIBLE HIDDEN BATCH [--repeat N]
Prints {"seconds": [...], "units": ROWS} as the last line.
"""
import json
import sys
import time

import numpy as np
from sklearn.neural_network import BernoulliRBM


def main(argv):
    repeat = 1
    if "--repeat" in argv:
        i = argv.index("--repeat")
        repeat = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    path, rows, visible, hidden, batch = argv[0], int(argv[1]), int(argv[2]), int(argv[3]), int(argv[4])
    x = np.fromfile(path, dtype=np.uint8).reshape(rows, visible).astype(np.float64)
    seconds = []
    for r in range(repeat):
        rbm = BernoulliRBM(n_components=hidden, batch_size=batch, n_iter=1, learning_rate=0.1, random_state=r)
        t0 = time.perf_counter()
        rbm.fit(x)
        seconds.append(time.perf_counter() - t0)
    print(json.dumps({"seconds": seconds, "units": rows}))


if __name__ == "__main__":
    main(sys.argv[1:])
