# Shared by the benchmark scripts (latency.sh, latency-ab.sh, capture-burst.sh, soak.sh). Source it from the script.

# Command prefix for every JVM the scripts start; isolate() sets it to keep them off the engine's core.
confine=()

# parse_flags SCRIPT ARGS...: --NAME VALUE for each NAME in $value_flags and --NAME for each NAME in
# $switch_flags set the variable NAME (dashes become underscores; a switch sets 1); --help prints the
# script's header comment. Anything else is one error line and exit 2.
parse_flags() {
  local script="$1"; shift
  while [ $# -gt 0 ]; do
    local name="${1#--}"
    local var="${name//-/_}"
    if [ "$1" = -h ] || [ "$1" = --help ]; then
      sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0
    elif [[ "$1" == --* && " $switch_flags " == *" $name "* ]]; then
      printf -v "$var" 1
    elif [[ "$1" == --* && " $value_flags " == *" $name "* ]]; then
      [ $# -gt 1 ] || { echo "$script: $1 needs a value" >&2; exit 2; }
      printf -v "$var" '%s' "$2"; shift
    else
      echo "$script: unknown argument '$1' (try --help)" >&2; exit 2
    fi
    shift
  done
}

# prepare ROOT: cd to the repository, build the jars unless --no-build, make $work (removed on exit, after
# the simulator is stopped; kept, and named, when SPINDLE_KEEP_WORK=1).
prepare() {
  cd "$1"
  if [ "${no_build:-0}" != 1 ]; then
    echo "building (mvn -B -q -DskipTests package) ..." >&2
    mvn -B -q -DskipTests package >&2
  fi
  work="$(mktemp -d)"
  trap 'stop_sim; if [ "${SPINDLE_KEEP_WORK:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi' EXIT
}

# start_sim <workdir> <sim args...>: start the Binance simulator from bins/target/spindle.jar in the
# background and set $sim_pid, $ws and $rest.
start_sim() {
  local work="$1"; shift
  ${confine[@]+"${confine[@]}"} java -cp bins/target/spindle.jar dev.spindle.tools.sim.SimCommand binance "$@" \
    > "$work/sim.out" 2>&1 &
  sim_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^binance simulator: ws ' "$work/sim.out" 2>/dev/null && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.out" >&2; return 1; }
    sleep 0.1
  done
  ws="$(sed -n 's/^binance simulator: ws \([^ ]*\) .*/\1/p' "$work/sim.out")"
  rest="$(sed -n 's/^binance simulator: .* rest \([^ ]*\).*/\1/p' "$work/sim.out")"
  [ -n "$ws" ] && [ -n "$rest" ] || { echo "simulator did not start" >&2; cat "$work/sim.out" >&2; return 1; }
}

stop_sim() {
  if [ -n "${sim_pid:-}" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
}

# isolate CORE: keep every process the script starts (simulator, job JVM and all its threads) off CORE, so that
# only the engine thread, which pins itself there with --core, runs on it: `taskset -c <the other cpus>`. Sets
# $confine and $others. Without taskset, or with no other CPU, it warns and leaves $confine empty (unisolated).
isolate() {
  local core="$1" online
  online="$(cat /sys/devices/system/cpu/online 2>/dev/null || echo "0-$(($(nproc --all) - 1))")"
  others="$(cpu_list_without "$online" "$core")"
  if [[ ",$(expand_cpus "$online")," != *",$core,"* ]]; then
    echo "isolation: cpu $core is not online (online: $online)" >&2; return 1
  elif ! command -v taskset > /dev/null; then
    echo "WARNING: taskset (util-linux) not found: running UNISOLATED, other threads share cpu $core with the engine" >&2
  elif [ -z "$others" ]; then
    echo "WARNING: cpu $core is the only online cpu ($online): running UNISOLATED" >&2
  else
    confine=(taskset -c "$others")
    taskset -pc "$others" $$ > /dev/null # this shell and its helpers (sleep, grep, awk) too
  fi
}

# expand_cpus LIST: 0-2,5 -> 0,1,2,5
expand_cpus() {
  local out=() range
  IFS=, read -ra ranges <<< "$1"
  for range in "${ranges[@]}"; do
    if [[ "$range" == *-* ]]; then out+=($(seq "${range%-*}" "${range#*-}")); else out+=("$range"); fi
  done
  (IFS=,; echo "${out[*]}")
}

# cpu_list_without LIST CPU: the cpus of LIST other than CPU, comma separated (empty if none)
cpu_list_without() {
  local out=() cpu
  IFS=, read -ra cpus <<< "$(expand_cpus "$1")"
  for cpu in "${cpus[@]}"; do [ "$cpu" = "$2" ] || out+=("$cpu"); done
  (IFS=,; echo "${out[*]}")
}

# check_isolation PID CORE LOG: once the job's engine has started (LOG shows it), check from /proc that the engine
# thread is allowed on CORE only and every other thread of PID is kept off it. Prints one line; returns 1 (after
# saying why) when the engine did not pin or another thread may run on CORE. No-op when $confine is empty.
check_isolation() {
  local pid="$1" core="$2" log="$3" task name mask engine="" rest=0 intruders=""
  engine_status=
  [ ${#confine[@]} -gt 0 ] || { echo "isolation: none (unisolated run)"; return 0; }
  for _ in $(seq 1 300); do
    grep -q '\] started idle=.* cpu=' "$log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  if grep -q 'not effective' "$log"; then
    echo "isolation FAILED: $(grep -m1 'not effective' "$log")" >&2; return 1
  fi
  sleep 2 # let the WebSocket reader and capture threads start
  for task in /proc/"$pid"/task/*; do
    name="$(cat "$task/comm" 2>/dev/null)" || continue
    mask="$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' "$task/status" 2>/dev/null)"
    if [ "$mask" = "$core" ]; then
      engine="$engine${engine:+ }$name(${task##*/})"
      engine_status="$task/status"
    elif [[ ",$(expand_cpus "$mask")," == *",$core,"* ]]; then
      intruders="$intruders $name(${task##*/}):$mask"
    else
      rest=$((rest + 1))
    fi
  done
  if [ -z "$engine" ] || [ -n "$intruders" ]; then
    echo "isolation FAILED: threads only on cpu $core: ${engine:-none}; others allowed on it:${intruders:- none}" >&2
    return 1
  fi
  echo "isolation: only $engine on cpu $core; $rest other threads and the simulator on cpu $others"
}

# latency_run DIR CAPTURE: one receive->applied run of the live Binance job (--idle spin --core $core) against a
# fresh synthetic simulator (BTCUSDT at $rate depth frames/s) for $duration, capture on when CAPTURE is 1, with
# the isolation of isolate() checked. Sets $lat_job (the job's own whole-run summary: count= p50= p99= ... in
# its units), $lat_warm (HlogSummary over the intervals after $warmup seconds), $lat_iso (the isolation line) and
# $lat_preempted (how often and how long the engine thread was preempted after start-up; empty when unisolated).
latency_run() {
  local dir="$1" capture="$2" job
  mkdir -p "$dir"
  start_sim "$dir" --synthetic --symbols btcusdt --rate "$rate"
  local args=(--symbols btcusdt --ws-url "$ws" --rest-url "$rest" --idle spin --core "$core" --duration "$duration"
    --metrics-interval 1s --log-file "$dir/binance.log" --hlog "$dir/latency.hlog")
  if [ "$capture" = 1 ]; then
    args+=(--capture-dir "$dir/capture" --checkpoint-interval 1m)
  fi
  ${confine[@]+"${confine[@]}"} java -jar bins/target/spindle-binance.jar "${args[@]}" > "$dir/binance.out" 2>&1 &
  job=$!
  engine_status= lat_preempted=
  check_isolation "$job" "$core" "$dir/binance.log" > "$dir/isolation" ||
    { kill "$job" 2>/dev/null; wait "$job" 2>/dev/null; stop_sim; return 1; }
  lat_iso="$(cat "$dir/isolation")"
  # How long the engine thread sat on the run queue, preempted by another thread (one the script did not start,
  # or a kernel thread): /proc/.../schedstat is "run ns, wait ns, timeslices". That time is the ms tail.
  local stat first_wait="" first_sw="" sw
  while kill -0 "$job" 2>/dev/null; do
    stat="$(cat "${engine_status%status}schedstat" 2>/dev/null)" || true
    sw="$(sed -n 's/^nonvoluntary_ctxt_switches:[[:space:]]*//p' "$engine_status" 2>/dev/null)" || true
    if [ -n "$stat" ] && [ -n "$sw" ]; then
      stat="${stat#* }"; stat="${stat%% *}"
      [ -n "$first_wait" ] || { first_wait="$stat"; first_sw="$sw"; }
      lat_preempted="$((sw - first_sw))x, $(((stat - first_wait) / 1000000)) ms waiting"
    fi
    sleep 1
  done
  wait "$job" || { echo "spindle-binance.jar failed:" >&2; cat "$dir/binance.out" >&2; stop_sim; return 1; }
  stop_sim; sim_pid=
  lat_job="$(grep -A4 '^summary after' "$dir/binance.out" | grep 'recv->applied' | head -1 | sed 's/^ *//')"
  [ -n "$lat_job" ] || { echo "no summary in the job's output:" >&2; cat "$dir/binance.out" >&2; return 1; }
  lat_warm="$(java -cp bins/target/spindle.jar dev.spindle.tools.bench.HlogSummary "$dir/latency.hlog" \
    --stage recv_to_applied --skip-seconds "$warmup")"
}

# field NAME LINE: the value of NAME=value in LINE
field() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
