#!/usr/bin/env python3
"""Summarise a soak run (see soak.sh): per-minute latency and heap, drops, verdict. Exit 1 on a failed soak.

usage: soak-report.py BINANCE_LOG GC_LOG CAPTURE_DIR
"""
import json
import pathlib
import re
import sys
from datetime import datetime

log_path, gc_path, capture = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
log = log_path.read_text().splitlines()


def stamp(line):
    return datetime.fromisoformat(line.split(" ", 1)[0].rstrip("Z"))


def fields(line):
    return dict(re.findall(r"(\w+)=([\d.]+)", line))


start = stamp(log[0]) if log else None
minutes = {}
for line in log:
    if "metrics latency recv_to_applied" in line and "summary" not in line:
        minute = int((stamp(line) - start).total_seconds() // 60)
        minutes.setdefault(minute, {})["lat"] = fields(line)
    elif "metrics latency recv_to_dequeue" in line and "summary" not in line:
        minute = int((stamp(line) - start).total_seconds() // 60)
        minutes.setdefault(minute, {})["frames"] = int(fields(line)["count"])

heap = {}
for line in gc_path.read_text().splitlines():
    m = re.match(r"\[([\d.]+)s\].*Pause.*?(\d+)M->(\d+)M\((\d+)M\)", line)
    if m:
        heap.setdefault(int(float(m.group(1)) // 60), []).append(int(m.group(3)))

print("minute  frames     p50_us    p99_us  p99.9_us    max_us  heap_after_gc_MB(min..max, GCs)")
for minute in sorted(minutes):
    row = minutes[minute]
    lat = row.get("lat", {})
    h = heap.get(minute, [])
    hs = f"{min(h)}..{max(h)} ({len(h)})" if h else "-"
    print(f"{minute + 1:>6} {row.get('frames', 0):>7} {float(lat.get('p50_us', 0)):>10.1f} "
          f"{float(lat.get('p99_us', 0)):>9.1f} {float(lat.get('p99_9_us', 0)):>9.1f} "
          f"{float(lat.get('max_us', 0)):>9.1f}  {hs}")

failures = []
settled = [min(heap[m]) for m in sorted(heap) if m >= 1]
if len(settled) >= 2:
    growth = (settled[-1] - settled[0]) / max(settled[0], 1)
    print(f"heap after GC, after warm-up: {settled[0]} MB (minute 2) -> {settled[-1]} MB (last minute), "
          f"{growth:+.0%}")
    if growth > 0.20:
        failures.append(f"heap after GC grew {growth:+.0%}")
else:
    print("heap after GC: fewer than two minutes with a GC after warm-up (nothing to compare)")

log_drops = [int(x) for x in re.findall(r"queue depth .* drops=(\d+)", "\n".join(log))]
capture_counter = [int(x) for x in re.findall(r"capture_drops=(\d+)", "\n".join(log))]
frames_dropped = ledger = lines = 0
for meta in capture.glob("binance/*/*/metadata.json"):
    m = json.loads(meta.read_text())
    frames_dropped += m["framesDropped"]
    ledger += len(m["ledger"])
    lines += sum(m["lineCounts"].values())
resyncs = sum(1 for line in log if re.search(r"state \w+ -> (RESYNCING|STALE)", line))
print(f"log drops {log_drops[-1] if log_drops else 'n/a'}; capture: {lines} lines, {frames_dropped} frames dropped, "
      f"capture_drops counter {capture_counter[-1] if capture_counter else 0}, {ledger} ledger entries; "
      f"resyncs/stale {resyncs}")
if not log_drops or log_drops[-1] != 0:
    failures.append("log drops")
if frames_dropped or (capture_counter and capture_counter[-1]):
    failures.append("capture drops")
if resyncs:
    failures.append(f"{resyncs} resync/stale transitions")
print("soak: " + ("PASS" if not failures else "FAIL: " + ", ".join(failures)))
sys.exit(1 if failures else 0)
