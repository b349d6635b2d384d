#!/usr/bin/env bash
# Receive->applied latency of the live Binance handler against the local simulator (synthetic BTCUSDT).
#
#   scripts/latency.sh [--capture] [--duration 60s] [--rate 1000] [--core 1] [--no-build]
#
# Starts `spindle sim binance --synthetic --symbols btcusdt --rate RATE` on loopback, then
# `spindle-binance.jar --idle spin --core CORE --duration DURATION` against it, and prints the
# receive->applied p50/p99/p99.9 from the job's exit summary. --capture also captures every frame
# (to a temporary directory), for comparing capture on and off. The engine thread busy-spins on
# CORE: on a shared machine the figures include the other processes' interference.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/sim-lib.sh"
duration=60s rate=1000 core=1 capture=0
value_flags="duration rate core" switch_flags="capture no-build"
parse_flags latency.sh "$@"
prepare "$root"

start_sim "$work" --synthetic --symbols btcusdt --rate "$rate"

args=(--symbols btcusdt --ws-url "$ws" --rest-url "$rest" --idle spin --core "$core" --duration "$duration"
      --metrics-interval 5s --log-file "$work/binance.log" --hlog "$work/latency.hlog")
if [ "$capture" = 1 ]; then
  args+=(--capture-dir "$work/capture" --checkpoint-interval 1m)
fi
java -jar bins/target/spindle-binance.jar "${args[@]}" > "$work/binance.out"

line="$(grep -A4 '^summary after' "$work/binance.out" | grep 'recv->applied' | head -1 | sed 's/^ *//')"
[ -n "$line" ] || { echo "latency.sh: no summary" >&2; cat "$work/binance.out" >&2; exit 1; }
p() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
echo "capture=$([ "$capture" = 1 ] && echo on || echo off) rate=${rate}/s duration=$duration core=$core idle=spin"
echo "receive->applied: count=$(p count) p50=$(p p50) p99=$(p p99) p99.9=$(p p99.9) max=$(p max)"
grep -E '^(BTCUSDT|binance)' "$work/binance.out" | tail -4
