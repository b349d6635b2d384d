#!/usr/bin/env bash
# Soak: the live Binance handler with capture against the synthetic simulator at a high rate, for minutes.
#
#   scripts/soak.sh [--duration 10m] [--rate 2000] [--symbols btcusdt,ethusdt] [--no-build]
#
# Starts `spindle sim binance --synthetic` at RATE depth frames/s per symbol (plus trades and bookTicker),
# runs `spindle-binance.jar` (-Xmx256m) with capture, a GC log and one metrics report a minute, then prints:
#   - per minute: frames, receive->applied p50/p99/p99.9/max, heap after GC (min/max of that minute);
#   - the heap trend after warm-up (first minute excluded), log drops, capture drops, ledger entries;
#   - a verdict line; exit 1 if anything was dropped, a book left LIVE, or the heap after GC grew > 20%.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/sim-lib.sh"
duration=10m rate=2000 symbols=btcusdt,ethusdt
value_flags="duration rate symbols" switch_flags="no-build"
parse_flags soak.sh "$@"
prepare "$root"

start_sim "$work" --synthetic --symbols "$symbols" --rate "$rate"
echo "soak: ${symbols} at ${rate} depth frames/s per symbol for ${duration}, capture on ..." >&2
java -Xmx256m -Xlog:gc:file="$work/gc.log":uptime -jar bins/target/spindle-binance.jar --symbols "$symbols" \
  --ws-url "$ws" --rest-url "$rest" --duration "$duration" --metrics-interval 60s \
  --log-file "$work/binance.log" --capture-dir "$work/capture" --checkpoint-interval 1m > "$work/binance.out"

python3 "$root/scripts/soak-report.py" "$work/binance.log" "$work/gc.log" "$work/capture"
