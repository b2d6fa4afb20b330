#!/usr/bin/env python3
"""Peer of thermolearn's mutual-information kernel: plug-in mutual information (nats) of paired int32 samples
with scikit-learn's mutual_info_score.

usage: mutual_information.py A.bin B.bin [--repeat N]
Prints {"seconds": [...], "units": samples} as its last line.
"""
import json
import sys
import time

import numpy as np
from sklearn.metrics import mutual_info_score


def main():
    args = sys.argv[1:]
    repeat = 3
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i:i + 2]
    a = np.fromfile(args[0], dtype="<i4")
    b = np.fromfile(args[1], dtype="<i4")
    seconds = []
    value = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = mutual_info_score(a, b)
        seconds.append(time.perf_counter() - t0)
    print("mutual information %.12f nats" % value, file=sys.stderr)
    print(json.dumps({"seconds": seconds, "units": int(a.size)}))


if __name__ == "__main__":
    main()
