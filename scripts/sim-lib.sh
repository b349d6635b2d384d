# Shared by the benchmark scripts (latency.sh, capture-burst.sh, soak.sh). Source it from the script.

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
# the simulator is stopped).
prepare() {
  cd "$1"
  if [ "${no_build:-0}" != 1 ]; then
    echo "building (mvn -B -q -DskipTests package) ..." >&2
    mvn -B -q -DskipTests package >&2
  fi
  work="$(mktemp -d)"
  trap 'stop_sim; rm -rf "$work"' EXIT
}

# start_sim <workdir> <sim args...>: start the Binance simulator from bins/target/spindle.jar in the
# background and set $sim_pid, $ws and $rest.
start_sim() {
  local work="$1"; shift
  java -cp bins/target/spindle.jar dev.spindle.tools.sim.SimCommand binance "$@" > "$work/sim.out" 2>&1 &
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
