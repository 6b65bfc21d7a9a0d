#!/usr/bin/env python3
"""Where a benchmark call's time goes, from the two debug timelines.

  AEP_HTTP_TIMELINE=client.tsv      aep run ...        (runtime/http/timeline.hpp)
  AEP_EMULATOR_TIMELINE=server.tsv  aep emulate ...    (runtime/emulator/timeline.hpp)
  bench/promptfoo/timeline.py client.tsv [server.tsv] [--latency-ms 50] [--concurrency 64]

Both files hold microseconds of the monotonic clock, so they line up. With C
calls in flight, the k-th call to finish frees the slot the (k+C)-th call
starts on: the gap between the two is the client's refill time (callbacks,
admission, curl). A call's own time on the wire splits into the emulator's
receipt-to-response time and the rest (connect, request and response
transit, curl and cpp-httplib parsing).
"""
import argparse
import csv
import statistics


def read(path):
    with open(path) as f:
        return [{k: int(v) if v.lstrip("-").isdigit() else v for k, v in row.items()} for row in csv.DictReader(f, delimiter="\t")]


def summary(name, xs):
    if not xs:
        return f"{name:44s} (none)"
    xs = sorted(xs)
    pct = lambda p: xs[min(len(xs) - 1, int(p * (len(xs) - 1)))]
    return (f"{name:44s} mean {statistics.mean(xs) / 1000:7.3f} ms  p50 {pct(0.5) / 1000:7.3f}  "
            f"p90 {pct(0.9) / 1000:7.3f}  p99 {pct(0.99) / 1000:7.3f}  max {xs[-1] / 1000:7.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("client")
    ap.add_argument("server", nargs="?")
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--concurrency", type=int, default=64)
    a = ap.parse_args()
    rows = read(a.client)
    c = a.concurrency
    n = len(rows)
    t0 = min(r["submitted"] for r in rows)
    t_end = max(r["delivered"] if r["delivered"] >= 0 else r["done"] for r in rows)
    starts = sorted(r["started"] for r in rows)
    dones = sorted(r["done"] for r in rows)
    waves = -(-n // c)
    floor = waves * a.latency_ms * 1000
    print(f"{n} calls, {c} in flight: first submission to last callback {(t_end - t0) / 1e6:.4f} s; "
          f"floor {waves} waves x {a.latency_ms:.0f} ms = {floor / 1e6:.3f} s; overhead {(t_end - t0 - floor) / 1000:.1f} ms "
          f"= {(t_end - t0 - floor) / waves / 1000:.3f} ms per wave")
    first = sorted(rows, key=lambda r: r["started"])[:c]
    print(summary("first wave: submit() -> loop took it", [r["queued"] - r["submitted"] for r in first]))
    print(summary("first wave: first submit() -> started", [r["started"] - t0 for r in first]))
    print(summary("first wave: libcurl connect time", [r["connect"] for r in rows if r["connects"] > 0]))
    print(summary("on the wire (libcurl total)", [r["total"] for r in rows]))
    print(summary("  of which request sent (pretransfer)", [r["pretransfer"] for r in rows]))
    print(summary("libcurl done -> loop saw it", [r["done"] - r["started"] - r["total"] for r in rows]))
    print(summary("slot refill: k-th done -> (k+C)-th start", [starts[k + c] - dones[k] for k in range(n - c)]))
    print(summary("done -> callback returned", [r["delivered"] - r["done"] for r in rows if r["delivered"] >= 0]))
    print(f"{'last start -> last callback':44s} {(t_end - starts[-1]) / 1000:.3f} ms")
    if a.server:
        srv = read(a.server)
        print(summary("emulator: receipt -> handler returned", [r["handled"] - r["received"] for r in srv]))
        print(summary("emulator: receipt -> sleep start", [r["sleep_start"] - r["received"] for r in srv if r["sleep_start"] >= 0]))
        print(summary("emulator: sleep end - due (oversleep)", [r["sleep_end"] - r["received"] - a.latency_ms * 1000 for r in srv if r["sleep_end"] >= 0]))
        recv = sorted(r["received"] for r in srv)
        # Matching i-th start to i-th receipt holds while requests do not overtake each other; a rough transit figure.
        m = min(len(recv), len(starts))
        print(summary("client start -> emulator receipt (by rank)", [recv[i] - starts[i] for i in range(m)]))
        wire = statistics.mean(r["total"] for r in rows)
        server = statistics.mean(r["handled"] - r["received"] for r in srv)
        print(f"{'per call beyond the emulator handler':44s} {(wire - server) / 1000:.3f} ms (transit, parsing, response writing)")


if __name__ == "__main__":
    main()
