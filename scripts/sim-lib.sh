# Shared by the benchmark scripts: start the Binance simulator from bins/target/spindle.jar in the
# background and set $sim_pid, $ws and $rest. Usage: start_sim <workdir> <sim args...>
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
