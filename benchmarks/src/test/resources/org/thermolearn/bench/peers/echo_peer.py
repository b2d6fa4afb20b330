"""Test peer: follows the peer protocol without numpy (sleeps a little per repeat)."""
import json
import sys
import time

args = sys.argv[1:]
repeat = int(args[args.index("--repeat") + 1])
units = float(args[0])
seconds = []
for _ in range(repeat):
    t = time.perf_counter()
    time.sleep(0.001)
    seconds.append(time.perf_counter() - t)
print("some chatter before the result")
print(json.dumps({"seconds": seconds, "units": units}))
