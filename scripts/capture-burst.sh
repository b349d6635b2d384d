#!/usr/bin/env bash
# Capture under a sustained synthetic burst: frames/s and MB/s written, and drops (must be 0).
#
#   scripts/capture-burst.sh [--duration 60s] [--rate 5000] [--symbols btcusdt,ethusdt] [--no-build]
#
# Starts `spindle sim binance --synthetic` at RATE depth frames/s per symbol (plus its trades and
# bookTicker frames), runs `spindle-binance.jar` with capture for DURATION, then reads every session's
# metadata.json: lines and bytes captured, frames dropped, and the job's capture_drops counter.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/sim-lib.sh"
duration=60s rate=5000 symbols=btcusdt,ethusdt
value_flags="duration rate symbols" switch_flags="no-build"
parse_flags capture-burst.sh "$@"
prepare "$root"

start_sim "$work" --synthetic --symbols "$symbols" --rate "$rate"
java -jar bins/target/spindle-binance.jar --symbols "$symbols" --ws-url "$ws" --rest-url "$rest" \
  --duration "$duration" --metrics-interval 10s --log-file "$work/binance.log" \
  --capture-dir "$work/capture" --checkpoint-interval 10s > "$work/binance.out"

python3 - "$work/capture" "$duration" "$work/binance.log" <<'PY'
import json, pathlib, re, sys
root, duration, log = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
lines = size = dropped = 0
for meta in root.glob("binance/*/*/metadata.json"):
    m = json.loads(meta.read_text())
    lines += sum(m["lineCounts"].values())
    size += sum(f["bytes"] for f in m["files"])
    dropped += m["framesDropped"]
    print(f'{m["symbol"]}: state={m["state"]} lines={m["lineCounts"]} dropped={m["framesDropped"]} '
          f'ledger={len(m["ledger"])} checkpoints={len(m["checkpoints"])}')
secs = (json.loads(next(root.glob("binance/*/*/metadata.json")).read_text()))
span_s = (secs["endEpochMs"] - secs["startEpochMs"]) / 1000
drops = re.findall(r"capture_drops=(\d+)", log.read_text())
print(f"captured {lines} frames, {size/1e6:.1f} MB in {span_s:.1f} s: {lines/span_s:,.0f} frames/s, "
      f"{size/1e6/span_s:.2f} MB/s; frames dropped {dropped}; capture_drops counter {drops[-1] if drops else 0}")
PY
