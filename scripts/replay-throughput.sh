#!/usr/bin/env bash
# Replay throughput on the reference input, whole process including JVM start, as the README reports it.
#
#   scripts/replay-throughput.sh [--runs 5] [--diffs 200000] [--seed 42] [--input DIR] [--baseline JAR] [--no-build]
#
# Generates the input with ../shared/bench/gen_binance_capture.py into DIR (default
# ${TMPDIR:-/tmp}/spindle-bench/d<DIFFS>-s<SEED>) unless it is already there, checks once that the book-only replay
# ends on the generator's expected.json level by level, then times RUNS runs of each mode: the ReplayFloor
# (2 threads), book only, fifo events as JSONL to /dev/null and fifo events as Kryo to /dev/null. With
# --baseline, every run of bins/target/spindle-replay.jar alternates with one of JAR (say a jar built from an
# earlier commit), so both see the same machine. Prints each run, then per mode and jar the median and range of
# wall seconds and the diffs/s of the median. Other processes on the machine show up in the figures: run it on
# a quiet machine, and compare medians, not single runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/sim-lib.sh"
runs=5 diffs=200000 seed=42 input="" baseline=""
value_flags="runs diffs seed input baseline" switch_flags="no-build"
parse_flags replay-throughput.sh "$@"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "replay-throughput.sh: --runs must be a whole number >= 1, got '$runs'" >&2; exit 2; }
[[ "$diffs" =~ ^[1-9][0-9]*$ ]] || { echo "replay-throughput.sh: --diffs must be a whole number >= 1, got '$diffs'" >&2; exit 2; }
[ -z "$baseline" ] || [ -f "$baseline" ] || { echo "replay-throughput.sh: --baseline $baseline: no such file" >&2; exit 2; }
generator="$root/../shared/bench/gen_binance_capture.py"
input="${input:-${TMPDIR:-/tmp}/spindle-bench/d$diffs-s$seed}"
prepare "$root"

if [ ! -f "$input/diffs.jsonl" ] || [ ! -f "$input/expected.json" ]; then
  [ -f "$generator" ] || { echo "replay-throughput.sh: no $input/diffs.jsonl and no generator at $generator" >&2; exit 2; }
  echo "generating $input (--diffs $diffs --seed $seed) ..." >&2
  mkdir -p "$input"
  python3 "$generator" "$input" --diffs "$diffs" --seed "$seed" >&2
fi
jar="$root/bins/target/spindle-replay.jar"
floor=(java -cp "$root/tools/target/spindle-benchmarks.jar" dev.spindle.tools.bench.ReplayFloor "$input/diffs.jsonl" --threads 2)
pair=(--snapshot "$input/snapshot.json" --diffs "$input/diffs.jsonl" --quiet)

java -jar "$jar" "${pair[@]}" --no-events --final-book "$work/book.json"
python3 - "$work/book.json" "$input/expected.json" <<'PY'
import json, sys
from decimal import Decimal
def levels(side): return [(Decimal(p), Decimal(q)) for p, q in side]
got, want = (json.load(open(f)) for f in sys.argv[1:3])
for side in ("bids", "asks"):
    if levels(got[side]) != levels(want[side]):
        sys.exit(f"replay-throughput.sh: the final book's {side} differ from expected.json")
print(f"final book equals expected.json: {len(got['bids'])} bids, {len(got['asks'])} asks", file=sys.stderr)
PY

# timed NAME CMD...: one run, appended to $work/times as "NAME wall_s"
timed() {
  local name="$1"; shift
  /usr/bin/time -o "$work/time" -f "%e" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  echo "$name $(cat "$work/time")" | tee -a "$work/times"
}
jars=("now=$jar")
[ -z "$baseline" ] || jars+=("baseline=$baseline")
echo "replay-throughput: $runs runs per mode, input $input; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  timed "floor" "${floor[@]}"
  for entry in "${jars[@]}"; do
    label="${entry%%=*}" j="${entry#*=}"
    timed "book-only/$label" java -jar "$j" "${pair[@]}" --no-events
    timed "fifo-jsonl/$label" java -jar "$j" "${pair[@]}" --model fifo --out /dev/null
    timed "fifo-kryo/$label" java -jar "$j" "${pair[@]}" --model fifo --out /dev/null --out-format kryo
  done
done
python3 - "$work/times" "$diffs" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
diffs = int(sys.argv[2])
for name in dict.fromkeys(r[0] for r in rows):
    walls = sorted(float(r[1]) for r in rows if r[0] == name)
    median = statistics.median(walls)
    print(f"{name}: median {median:.2f} s ({walls[0]:.2f}-{walls[-1]:.2f} s over {len(walls)} runs), "
          f"{diffs / median:,.0f} diffs/s")
PY
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
