#!/usr/bin/env python3
"""Summarizes a CPU profile (async-profiler's collapsed stacks) taken under a steady load as CPU time
per answered request: by part of the server, then as a tree of the request handler's calls.

    profile_summary.py <cpu.collapsed[.gz]> <sampling interval, e.g. 200us> <req/s> <seconds profiled>
"""
import collections
import gzip
import re
import sys

# The parts of the server, first match wins, matched against any frame of a stack.
PARTS = [
    ("HTTP request handling (Jetty, Javalin, the handler)", r"HttpConnection\.onFillable"),
    ("history written to PostgreSQL in batches", r"BufferedConversationLog\.drain"),
    ("Redis client (Lettuce, Netty)", r"^io/(lettuce|netty)/"),
    ("young-generation garbage collection", r"do_young_collection"),
    ("JIT compilers", r"CompileBroker::"),
    ("Jetty's selector (accepting, reading readiness)", r"ManagedSelector"),
    ("virtual threads' scheduling (mounting, parking, waking)", r"VirtualThread\.runContinuation|^java/util/concurrent/ForkJoinPool"),
]
HANDLER = re.compile(r"^dev/mcphex/")


def interval_us(text):
    match = re.fullmatch(r"(\d+)(ns|us|ms|s)?", text)
    if not match:
        raise SystemExit(f"bad sampling interval {text}")
    scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6, None: 1e-3}[match.group(2)]
    return int(match.group(1)) * scale


def frame_name(frame):
    name = frame.split("(")[0]
    return name.split("$$Lambda")[0] + "$$Lambda" if "$$Lambda" in name else name


def main(path, interval, rps, seconds):
    per_sample = interval_us(interval) / (float(rps) * float(seconds))
    parts = collections.Counter()
    tree = collections.Counter()
    samples = 0
    for line in (gzip.open(path, "rt") if path.endswith(".gz") else open(path)):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        count = int(count)
        samples += count
        frames = [frame_name(f) for f in stack.split(";")]
        part = next((name for name, pattern in PARTS if any(re.search(pattern, f) for f in frames)), "other")
        parts[part] += count
        start = next((i for i, f in enumerate(frames) if HANDLER.search(f)), None)
        if start is not None and part == PARTS[0][0]:
            for depth in range(1, 9):
                tree[tuple(frames[start:start + depth])] += count
    print(f"{samples} samples every {interval} over {seconds} s at {float(rps):.0f} req/s: "
          f"{samples * per_sample:.1f} µs of CPU per answered request, profiler included\n")
    print("| part | µs per request |")
    print("|---|---:|")
    for name, count in parts.most_common():
        print(f"| {name} | {count * per_sample:.2f} |")
    print("\nThe handler's calls (µs per request, 0.15 µs and more):\n")
    for key in sorted(tree):
        if tree[key] * per_sample >= 0.15:
            print(f"{tree[key] * per_sample:7.2f}  {'  ' * (len(key) - 1)}{key[-1]}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
