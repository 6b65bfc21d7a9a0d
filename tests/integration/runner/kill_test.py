#!/usr/bin/env python3
"""Kill-safety of `aep run`: a long run against `aep emulate` (100 ms per call)
is killed with SIGKILL mid-run, then rerun. Every result the first run had
completed (traced) must come from the cache in the rerun, and the emulator
(which stays up and counts requests per x-aep-item-id) must receive no new
request for it. Prints the figures."""
import argparse, json, os, signal, subprocess, tempfile, time, urllib.request

from emulator_process import emulator

ap = argparse.ArgumentParser()
ap.add_argument("--aep", required=True)
ap.add_argument("--items", type=int, default=200)
args = ap.parse_args()

data = "tests/unit/runner/data"
with emulator(args.aep, "--latency", "fixed:100ms", "--world", f"{data}/sim/world.json", "--threads", "64") as base, \
     tempfile.TemporaryDirectory(prefix="aep-kill-", ignore_cleanup_errors=True) as tmp:
    stats = lambda: json.load(urllib.request.urlopen(base + "/aep/stats"))["by_item"]

    items = os.path.join(tmp, "many.jsonl")
    with open(items, "w") as f:
        for i in range(args.items):  # the world's tasks item-0.. have exactly these inputs
            f.write(json.dumps({"id": f"item-{i}", "ticket": f"Ticket {i}: the export button does nothing."}) + "\n")
    cmd = lambda run: [args.aep, "run", f"{data}/classify.aep#PlainLabel", "--inputs", items, "--id-field", "id",
                       "--provider", "sim", "--base-url", base, "--concurrency", "4", "--cache-dir", os.path.join(tmp, "cache"),
                       "--trace", os.path.join(tmp, run), "--no-progress"]
    traces = lambda run: [json.loads(l) for l in open(os.path.join(tmp, run, "traces.jsonl"))] if os.path.exists(os.path.join(tmp, run, "traces.jsonl")) else []

    first = subprocess.Popen(cmd("run1"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while len(traces("run1")) < 30 and time.time() < deadline and first.poll() is None:
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    assert first.returncode == -signal.SIGKILL, f"the first run was not killed mid-run (rc {first.returncode})"
    done1 = {t["extra"]["item_id"] for t in traces("run1") if t["status"] == "ok"}
    before = stats()
    assert 0 < len(done1) < args.items, f"killed with {len(done1)} of {args.items} done: not mid-run"

    second = subprocess.run(cmd("run2"), capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    outputs = second.stdout.splitlines()
    assert len(outputs) == args.items and all(o == '"bug"' for o in outputs), "the rerun must print every output"
    after = stats()
    t2 = {t["extra"]["item_id"]: t for t in traces("run2")}
    assert len(t2) == args.items
    resent = [i for i in done1 if after.get(i, 0) != before.get(i, 0)]
    not_cached = [i for i in done1 if not t2[i]["cache_hit"]]
    missing = [f"item-{i}" for i in range(args.items) if after.get(f"item-{i}", 0) < 1 and not t2[f"item-{i}"]["cache_hit"]]
    hits2 = sum(1 for t in t2.values() if t["cache_hit"])
    print(f"killed after {len(done1)} completed results (of {args.items}); emulator requests before the rerun: {sum(before.values())}")
    print(f"rerun: {hits2} from the cache, {args.items - hits2} called; requests for completed items during the rerun: {len(resent)}; "
          f"completed items not found in the cache: {len(not_cached)}; lost: {len(missing)}")
    assert not resent, f"the rerun sent requests for completed items: {resent[:5]}"
    assert not not_cached, f"completed items missing from the cache: {not_cached[:5]}"
    assert not missing
    assert hits2 >= len(done1)
    print("ok")
