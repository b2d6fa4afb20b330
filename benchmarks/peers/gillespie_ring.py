#!/usr/bin/env python3
"""Peer of thermolearn's gillespie-ring kernel: Gillespie on a driven ring in numpy, vectorised across
trajectories in lock-step, with the same per-trajectory ledger (heat, cycle current, jumps).

usage: gillespie_ring.py STATES TRAJECTORIES DURATION KPLUS KMINUS [--repeat N] [--loop]
Prints {"seconds": [...], "units": jumps} as its last line.  --loop uses a plain Python loop instead.
"""
import json
import math
import sys
import time

import numpy as np


def lockstep(n, trajectories, duration, kp, km, rng):
    exit_rate = kp + km
    a = math.log(kp / km)
    state = rng.integers(0, n, trajectories)
    t = np.zeros(trajectories)
    heat = np.zeros(trajectories)
    current = np.zeros(trajectories)
    jumps = np.zeros(trajectories, dtype=np.int64)
    active = np.arange(trajectories)
    while active.size:
        t[active] += rng.exponential(1.0 / exit_rate, active.size)
        alive = t[active] < duration
        active = active[alive]
        forward = rng.random(active.size) < kp / exit_rate
        step = np.where(forward, 1, -1)
        state[active] = (state[active] + step) % n
        heat[active] += step * a
        current[active] += step / n
        jumps[active] += 1
    return int(jumps.sum()), heat, current


def loop(n, trajectories, duration, kp, km, rng):
    exit_rate = kp + km
    a = math.log(kp / km)
    total = 0
    for _ in range(trajectories):
        x, t, heat, cur = int(rng.integers(0, n)), 0.0, 0.0, 0.0
        while True:
            t += rng.exponential(1.0 / exit_rate)
            if t >= duration:
                break
            if rng.random() < kp / exit_rate:
                x, heat, cur = (x + 1) % n, heat + a, cur + 1.0 / n
            else:
                x, heat, cur = (x - 1) % n, heat - a, cur - 1.0 / n
            total += 1
    return total, None, None


def main():
    args = [s for s in sys.argv[1:]]
    repeat = 3
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i:i + 2]
    use_loop = "--loop" in args
    if use_loop:
        args.remove("--loop")
    n, trajectories = int(args[0]), int(args[1])
    duration, kp, km = float(args[2]), float(args[3]), float(args[4])
    fn = loop if use_loop else lockstep
    seconds, units = [], 0
    for _ in range(repeat):
        rng = np.random.default_rng(12345)
        start = time.perf_counter()
        units, _, _ = fn(n, trajectories, duration, kp, km, rng)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({"seconds": seconds, "units": units}))


if __name__ == "__main__":
    main()
