#!/usr/bin/env bash
# Capture's cost to the engine: receive->applied with capture off and on, alternated, compared by median p99.
#
#   scripts/latency-ab.sh [--runs 3] [--duration 30s] [--rate 1000] [--core 1] [--warmup 10] [--no-isolate] [--no-build]
#
# Runs the scripts/latency.sh measurement RUNS times in each mode, alternating (off, on, off, on, ...), each
# run against a fresh simulator, isolated the same way (see scripts/latency.sh --help). Prints one line per run
# (percentiles after the first WARMUP seconds, from the .hlog), then per mode the median p50, p99, p99.9 and the
# spread of p99, the relative difference of the median p99s and the verdict line
#   capture on vs off p99: +x.x% (within 10%: yes|no)
# and the load average before and after (other processes on the machine are not confined and show up in p99).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/sim-lib.sh"
runs=3 duration=30s rate=1000 core=1 warmup=10 no_isolate=0
value_flags="runs duration rate core warmup" switch_flags="no-isolate no-build"
parse_flags latency-ab.sh "$@"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "latency-ab.sh: --runs must be a whole number >= 1, got '$runs'" >&2; exit 2; }
prepare "$root"
[ "$no_isolate" = 1 ] || isolate "$core"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "latency-ab: ${runs} x (capture off, capture on), rate=${rate}/s duration=$duration core=$core idle=spin" \
  "warm-up ${warmup}s; load average $load_before"
declare -A results=([off]="" [on]="")
for i in $(seq 1 "$runs"); do
  for mode in off on; do
    latency_run "$work/$mode-$i" "$([ "$mode" = on ] && echo 1 || echo 0)"
    [ "$i" = 1 ] && [ "$mode" = off ] && echo "$lat_iso"
    echo "run $i capture=$mode: $lat_warm (whole run p99=$(field p99 "$lat_job"); engine preempted ${lat_preempted:-?})"
    results[$mode]+="$lat_warm"$'\n'
  done
done

# median NAME MODE: the median of NAME=value over MODE's runs
median() {
  printf '%s' "${results[$2]}" | tr ' ' '\n' | sed -n "s/^$1=//p" | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
spread() {
  printf '%s' "${results[$2]}" | tr ' ' '\n' | sed -n "s/^$1=//p" | sort -g | sed -n '1p;$p' | paste -sd' ' |
    awk '{ printf "%s-%s", $1, $2 }'
}
for mode in off on; do
  echo "capture $mode: median of $runs: p50_us=$(median p50_us "$mode") p99_us=$(median p99_us "$mode")" \
    "p99.9_us=$(median p99.9_us "$mode") (p99 range $(spread p99_us "$mode") us)"
done
awk -v off="$(median p99_us off)" -v on="$(median p99_us on)" 'BEGIN {
  d = (on - off) / off * 100; printf "capture on vs off p99: %+.1f%% (within 10%%: %s)\n", d, (d < 10 && d > -10) ? "yes" : "no" }'
echo "load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
