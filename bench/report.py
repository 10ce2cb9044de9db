#!/usr/bin/env python3
"""Prints the benchmark table (Markdown) from the raw results bench/run wrote to a directory."""
import json
import pathlib
import sys


def lines(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def one(path):
    rows = lines(path)
    return rows[0] if rows else {}


def ms(us):
    return f"{us / 1000:.2f}"


def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "n/a"


def cpu_per_request(run):
    """The server's CPU time (user + system, all threads) per answered request, in microseconds."""
    requests = run["wrk"].get("requests", 0)
    if "cpu_seconds" not in run or not requests:
        return ""
    return f"{run['cpu_seconds'] * 1e6 / requests:.0f}"


def cpu_split(run):
    """Where the CPU went during a measured run, or None for results that did not record it: the
    share of the server's core busy outside the server process (other processes, interrupts and the
    loopback network's soft interrupts, the hypervisor), PostgreSQL's and Redis's CPU per answered
    request, and how much of the whole machine stood idle."""
    requests = run["wrk"].get("requests", 0)
    seconds = run["wrk"].get("duration_us", 0) / 1e6
    if "server_core_busy_seconds" not in run or not requests or not seconds:
        return None
    cpus = run["cpus"]
    taken = max(0.0, run["server_core_busy_seconds"] - run["cpu_seconds"]) / seconds
    idle = max(0.0, cpus * seconds - run["machine_busy_seconds"]) / (cpus * seconds)
    return (f"{taken * 100:.0f}", f"{run['postgres_cpu_seconds'] * 1e6 / requests:.1f}",
            f"{run['redis_cpu_seconds'] * 1e6 / requests:.1f}", f"{idle * 100:.0f}")


def median_run(rows):
    """The round with the median req/s (the lower of the two middle ones for an even count)."""
    ordered = sorted(rows, key=lambda r: r["wrk"]["rps"])
    return ordered[(len(ordered) - 1) // 2]


def main(directory):
    out = pathlib.Path(directory)
    load = lines(out / "load.jsonl")
    rounds = {}
    for r in load:
        if "wrk" in r:
            rounds.setdefault((r["peer"], r["wire"], r["connections"]), []).append(r)
    peers = list(dict.fromkeys(r["peer"] for r in load))
    order = sorted(rounds, key=lambda k: (peers.index(k[0]), ("modern", "legacy").index(k[1]), k[2]))
    runs = {key: median_run(rounds[key]) for key in order}
    rps = {key: r["wrk"]["rps"] for key, r in runs.items()}

    print(f"Results: {out}\n")
    print((out / "environment.txt").read_text() if (out / "environment.txt").exists() else "")
    print("Each row is the round with the median req/s; \"req/s range\" spans the rounds, RSS is the "
          "largest any round sampled.\n")
    print("| peer | wire | connections | req/s | req/s range | p50 ms | p99 ms | errors | RSS MB "
          "| server CPU µs/req | / Java SDK (same wire) | / Java SDK (best) | / bare Javalin | p99 / Java SDK "
          "| load avg |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in load:
        if "unavailable" in r:
            print(f"| {r['peer']} | - | - | not available: {r['unavailable']} | | | | | | | | | | | |")
    for key in order:
        r = runs[key]
        w = r["wrk"]
        conns = r["connections"]
        all_rps = [x["wrk"]["rps"] for x in rounds[key]]
        errors = sum(max(0, x["wrk"]["errors"]) for x in rounds[key])
        if any(x["wrk"]["errors"] < 0 for x in rounds[key]):
            errors = f"{errors} (a round without a result)"
        rss_kb = max(x["rss_kb"] for x in rounds[key])
        sdk_same = rps.get(("java-sdk", r["wire"], conns))
        sdk_best = max([rps.get(("java-sdk", wire, conns)) or 0 for wire in ("modern", "legacy")])
        javalin = rps.get(("javalin", r["wire"], conns))
        sdk_run = runs.get(("java-sdk", r["wire"], conns))
        mine = r["peer"].startswith("mcphex")
        p99_ratio = ratio(w["p99_us"], sdk_run["wrk"]["p99_us"]) if mine and sdk_run else ""
        print(f"| {r['peer']} | {r['wire']} | {conns} | {w['rps']:.0f} | {min(all_rps):.0f}–{max(all_rps):.0f} "
              f"| {ms(w['p50_us'])} | {ms(w['p99_us'])} | {errors} | {rss_kb / 1024:.0f} | {cpu_per_request(r)} "
              f"| {ratio(rps[key], sdk_same) if mine else ''} | {ratio(rps[key], sdk_best) if mine else ''} "
              f"| {ratio(rps[key], javalin) if mine else ''} | {p99_ratio} | {r.get('load', '')} |")
    splits = {key: cpu_split(runs[key]) for key in order}
    if any(splits.values()):
        print("\nWhere the CPU went in the same rounds: the share of the server's core busy outside the "
              "server process (other processes such as PostgreSQL, interrupts and the loopback network's soft "
              "interrupts, the hypervisor), the CPU PostgreSQL and Redis spent per answered request wherever "
              "they ran, and the share of all the machine's cores left idle.\n")
        print("| peer | wire | connections | server core busy outside the server % | PostgreSQL CPU µs/req "
              "| Redis CPU µs/req | machine idle % |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for key, split in splits.items():
            if split:
                print(f"| {key[0]} | {key[1]} | {key[2]} | " + " | ".join(split) + " |")
    in_memory = {k: v for k, v in rps.items() if k[0] == "mcphex"}
    stored = {k: v for k, v in rps.items() if k[0] == "mcphex-pg-redis"}
    if stored:
        print("\nmcphex with PostgreSQL + Redis / in memory: " + ", ".join(
            f"{k[1]} c{k[2]} {ratio(v, in_memory.get(('mcphex', k[1], k[2])))}" for k, v in stored.items()))

    print("\n| measure | result |")
    print("|---|---|")
    for name, file in (("HTTP start to first initialize 200", "startup-http.json"),
                       ("stdio spawn to initialize response", "startup-stdio.json")):
        s = one(out / file)
        text = f"median {s['medianMs']:.0f} ms (runs {s['runsMs']})" if "medianMs" in s else json.dumps(s)
        print(f"| {name} | {text} |")
    p = one(out / "progress.json")
    if "resultP50Ms" in p:
        print(f"| tools/call streaming 10 progress notifications over SSE ({p['calls']} calls, {p['errors']} errors) "
              f"| first notification p50 {p['firstProgressP50Ms']:.2f} ms, p99 {p['firstProgressP99Ms']:.2f} ms; "
              f"result p50 {p['resultP50Ms']:.2f} ms, p99 {p['resultP99Ms']:.2f} ms |")
    else:
        print(f"| progress over SSE | {json.dumps(p)} |")
    for f in lines(out / "listen.jsonl"):
        if "fanoutMs" in f:
            print(f"| {f['streams']} subscriptions/listen streams | RSS {f['rssKb'] / 1024:.0f} MB, opened in "
                  f"{f['openMs']:.0f} ms, one tools/list_changed to all in {f['fanoutMs']:.0f} ms "
                  f"({f['notified']} notified, {f['failures']} failures) |")
        else:
            print(f"| {f.get('streams')} subscriptions/listen streams | {json.dumps(f)} |")

    jmh = out / "jmh.json"
    if jmh.exists():
        print("\n| JMH benchmark | ns/op | ± |")
        print("|---|---:|---:|")
        for b in json.loads(jmh.read_text()):
            m = b["primaryMetric"]
            print(f"| {b['benchmark'].split('.', 4)[-1]} | {m['score']:.0f} | {m['scoreError']:.0f} |")


if __name__ == "__main__":
    main(sys.argv[1])
