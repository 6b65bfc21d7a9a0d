#!/usr/bin/env python3
"""`aep run --batch` killed with SIGKILL while it polls an OpenAI batch, then
rerun: the rerun resumes the recorded batch (the emulator still counts one
batch created), collects every result, and a third run is all cache."""
import argparse, glob, json, os, signal, subprocess, tempfile, time, urllib.request

from emulator_process import emulator

ap = argparse.ArgumentParser()
ap.add_argument("--aep", required=True)
args = ap.parse_args()
data = "tests/unit/runner/data"
with emulator(args.aep, "--world", f"{data}/sim/world.json", "--batch-delay", "3s") as base, \
     tempfile.TemporaryDirectory(prefix="aep-batch-kill-", ignore_cleanup_errors=True) as tmp:
    stats = lambda: json.load(urllib.request.urlopen(base + "/aep/stats"))
    items = os.path.join(tmp, "items.jsonl")
    tickets = ["I was charged twice for my subscription this month.", "The export button does nothing when I click it.",
               "How do I add a second admin to my organisation?"]
    with open(items, "w") as f:
        for i in range(20):
            f.write(json.dumps({"ticket": tickets[i % 3] if i < 3 else f"Ticket {i}: the export button does nothing."}) + "\n")
    cmd = [args.aep, "run", f"{data}/classify.aep#Classify", "--inputs", items, "--provider", "openai", "--base-url", base,
           "--batch", "--trace", os.path.join(tmp, "run"), "--cache-dir", os.path.join(tmp, "cache"), "--no-progress"]
    env = dict(os.environ)
    env.pop("OPENAI_API_KEY", None)
    first = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 30
    while not glob.glob(os.path.join(tmp, "run", "batches", "*.json")) and time.time() < deadline:
        time.sleep(0.05)
    state = glob.glob(os.path.join(tmp, "run", "batches", "*.json"))
    assert state, "no batch state was recorded before polling"
    time.sleep(0.3)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    assert first.returncode == -signal.SIGKILL, f"the first run ended before the kill (rc {first.returncode})"
    assert stats()["batches"] == 1
    recorded = json.load(open(state[0]))
    assert recorded["batch_id"].startswith("batch_") and len(recorded["keys"]) == 20

    second = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert second.returncode == 0, second.stderr
    assert "0 submitted, 1 resumed" in second.stderr, second.stderr
    lines = second.stdout.splitlines()
    assert len(lines) == 20 and all("label" in json.loads(l) for l in lines), second.stdout
    assert json.loads(lines[0])["label"] == "billing"
    assert stats()["batches"] == 1, "the rerun submitted a second batch"
    assert not glob.glob(os.path.join(tmp, "run", "batches", "*.json")), "the collected batch's state was left behind"

    third = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert third.returncode == 0 and "20 from the cache" in third.stderr, third.stderr
    assert stats()["batches"] == 1
    print(f"batch {recorded['batch_id']}: killed while polling, resumed by the rerun (1 batch created in all), 20 results; third run: 20 from the cache")
    print("ok")
