#!/usr/bin/env bash
# Receive->applied latency of the live Binance handler against the local simulator (synthetic BTCUSDT).
#
#   scripts/latency.sh [--capture] [--duration 60s] [--rate 1000] [--core 1] [--warmup 10] [--no-isolate] [--no-build]
#
# Starts `spindle sim binance --synthetic --symbols btcusdt --rate RATE` on loopback, then
# `spindle-binance.jar --idle spin --core CORE --duration DURATION --hlog ...` against it, and prints
#   - the receive->applied percentiles of the intervals after the first WARMUP seconds (from the .hlog), which is
#     the figure to compare: it leaves JIT compilation and connection set-up out;
#   - the job's own whole-run summary line (warm-up included).
# --capture also captures every frame (to a temporary directory), for comparing capture on and off.
# Isolation (default): the simulator and the job JVM run under `taskset -c <every cpu but CORE>`, so only the
# engine thread, which pins itself to CORE, runs there (as with isolcpus); the script checks from /proc that the
# engine thread is on CORE alone and no other thread may run there, and fails if not. Processes it did not start
# are not confined: the run reports how often and for how long in all the engine thread was preempted (from its
# /proc schedstat), the usual cause of a millisecond tail. --no-isolate runs without taskset. Without taskset it
# warns and runs unisolated.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/sim-lib.sh"
duration=60s rate=1000 core=1 warmup=10 capture=0 no_isolate=0
value_flags="duration rate core warmup" switch_flags="capture no-isolate no-build"
parse_flags latency.sh "$@"
prepare "$root"
[ "$no_isolate" = 1 ] || isolate "$core"

latency_run "$work/run" "$capture"
echo "capture=$([ "$capture" = 1 ] && echo on || echo off) rate=${rate}/s duration=$duration core=$core idle=spin"
echo "$lat_iso${lat_preempted:+; engine thread preempted $lat_preempted}"
echo "receive->applied after ${warmup}s warm-up: $lat_warm"
echo "receive->applied whole run (job summary): count=$(field count "$lat_job") p50=$(field p50 "$lat_job")" \
  "p99=$(field p99 "$lat_job") p99.9=$(field p99.9 "$lat_job") max=$(field max "$lat_job")"
grep -E '^(BTCUSDT|binance)' "$work/run/binance.out" | tail -4
