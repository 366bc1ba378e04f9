#!/usr/bin/env bash
# The voucher-service benchmark, end to end: builds what is missing (package, never install: the
# snapshot jars in ~/.m2 are left alone), starts the suite with ./hotspot up on its own ports and its
# own empty home, waits until every service is ready, runs VoucherBench.java, and always stops the
# suite again (./hotspot down on exit, Ctrl-C included).
#
#   bench/voucher/run.sh                     # the full benchmark, service configuration as shipped
#   bench/voucher/run.sh --dns-workaround    # the same with trusted proxies written as CIDRs (RESULTS.md says why)
#   bench/voucher/run.sh --batch-runs 0 --skip-decisions                 # what to leave out
#   bench/voucher/run.sh --batch-size 5000 --duration 5 --concurrency 16  # other VoucherBench options pass through
#
# Each batch run gets a suite of its own (the launcher's embedded MongoDB does not hold 300,000
# vouchers: RESULTS.md), and the decisions one more.
#
# Everything a run produced is kept in bench/voucher/.work/run-<UTC time>/: report.md (the Markdown
# tables), bench.log (progress), machine.txt, load.txt and the services' logs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

workaround=0
batch_runs=3
decisions=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dns-workaround) workaround=1 ;;
    --batch-runs) batch_runs="$2"; shift ;;
    --skip-decisions) decisions=0 ;;
    *) args+=("$1") ;;
  esac
  shift
done

# Ports in the 18xxx range so a suite on the default ports (or another engineer's) is not disturbed.
export HOTSPOT_PORTAL_PORT=18080 HOTSPOT_AUTH_PORT=18081 HOTSPOT_VOUCHER_PORT=18082 \
  HOTSPOT_SESSION_PORT=18083 HOTSPOT_GATEWAY_PORT=18084 \
  HOTSPOT_RADIUS_AUTH_PORT=18812 HOTSPOT_RADIUS_ACCT_PORT=18813 \
  HOTSPOT_KAFKA_PORT=18092 HOTSPOT_KAFKA_CONTROLLER_PORT=18093 \
  HOTSPOT_REDIS_PORT=18379 HOTSPOT_MONGODB_PORT=18017 \
  HOTSPOT_PORTAL_MANAGEMENT_PORT=18180 HOTSPOT_AUTH_MANAGEMENT_PORT=18181 HOTSPOT_VOUCHER_MANAGEMENT_PORT=18182 \
  HOTSPOT_SESSION_MANAGEMENT_PORT=18183 HOTSPOT_GATEWAY_MANAGEMENT_PORT=18184
# A fresh home every run: empty databases, new keys, the admin created with this password.
export HOTSPOT_HOME="$here/.work/home"
export HOTSPOT_ADMIN_PASSWORD="${HOTSPOT_ADMIN_PASSWORD:-bench-root-password-0001}"
unset HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY HOTSPOT_SERVICE_TOKEN_VOUCHER_SERVICE HOTSPOT_SERVICE_TOKEN_PORTAL_WEB HOTSPOT_KAFKA_BOOTSTRAP_SERVERS HOTSPOT_REDIS_URI HOTSPOT_MONGODB_URI
if [ "$workaround" = 1 ]; then
  # The shipped "127.0.0.1,::1" makes Quarkus read "::1" as host ":" port 1 and resolve ":" over DNS
  # at every request; as CIDRs no name is resolved. The services inherit the launcher's environment.
  export QUARKUS_HTTP_PROXY_TRUSTED_PROXIES='127.0.0.1/32,::1/128'
fi

out="$here/.work/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

services=(auth-service voucher-service session-service router-gateway portal-web)
missing=0
[ -f launcher/target/hotspot-launcher.jar ] || missing=1
for s in "${services[@]}"; do
  [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
if [ "$missing" = 1 ]; then
  echo "run.sh: building (package only)..." >&2
  ./mvnw -o -B -q -DskipTests package
fi

{
  echo "date (UTC):   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:       $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
  echo "cpus:         $(nproc)"
  echo "cpu model:    $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory:       $(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "kernel:       $(uname -sr)"
  echo "java:         $(java -version 2>&1 | head -1)"
  echo "dns override: $([ "$workaround" = 1 ] && echo "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=$QUARKUS_HTTP_PROXY_TRUSTED_PROXIES" || echo none)"
  echo "load before:  $(cat /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt" >&2

launcher_job=""
load_job=""
phase=""

start_suite() {
  phase="$1"
  rm -rf "$HOTSPOT_HOME"
  ./hotspot up > "$out/hotspot-up-$phase.log" 2>&1 < /dev/null &
  launcher_job=$!
  echo "run.sh: [$phase] starting the suite..." >&2
  for _ in $(seq 1 300); do
    if ! kill -0 "$launcher_job" 2>/dev/null; then
      echo "run.sh: ./hotspot up ended:" >&2
      tail -20 "$out/hotspot-up-$phase.log" >&2
      exit 1
    fi
    if ./hotspot status > /dev/null 2>&1; then
      # Five JVMs have just started: let their start-up CPU die down before anything is measured.
      sleep 15
      return
    fi
    sleep 1
  done
  echo "run.sh: the suite was not ready in 300 s" >&2
  exit 1
}

stop_suite() {
  if [ -n "$launcher_job" ]; then
    ./hotspot down >&2 || true
    wait "$launcher_job" 2>/dev/null || true
    launcher_job=""
    [ -d "$HOTSPOT_HOME/logs" ] && cp -r "$HOTSPOT_HOME/logs" "$out/logs-$phase"
  fi
}

finish() {
  local status=$?
  [ -n "$load_job" ] && kill "$load_job" 2>/dev/null
  stop_suite
  echo "load after:   $(cat /proc/loadavg)" >> "$out/machine.txt"
  echo "run.sh: results in $out" >&2
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

bench() {
  java bench/voucher/VoucherBench.java \
    --auth "http://127.0.0.1:$HOTSPOT_AUTH_PORT" \
    --voucher "http://127.0.0.1:$HOTSPOT_VOUCHER_PORT" \
    --voucher-management "http://127.0.0.1:$HOTSPOT_VOUCHER_MANAGEMENT_PORT" \
    --service-token-file "$HOTSPOT_HOME/keys/service-token-router-gateway" \
    --launcher-pid "$(cat "$HOTSPOT_HOME/run/launcher.pid")" \
    --clock-ticks "$(getconf CLK_TCK)" \
    "$@" 2> >(tee -a "$out/bench.log" >&2)
}

# The load of the machine during the whole run, every 5 seconds (another test suite may share it).
( while sleep 5; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; done ) > "$out/load.txt" &
load_job=$!

for run in $(seq 1 "$batch_runs"); do
  start_suite "batch-$run"
  bench --batch-runs 1 --batch-first "$run" --batch-log "$out/batches.tsv" --scenarios "" "${args[@]}" \
    > "$out/report-batch-$run.md"
  stop_suite
done

if [ "$decisions" = 1 ]; then
  start_suite decisions
  bench --batch-runs 0 "${args[@]}" > "$out/report-decisions.md"
  stop_suite
fi

{
  echo "# voucher-service benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo '```'
  cat "$out/machine.txt"
  echo '```'
  echo
  if [ -f "$out/batches.tsv" ]; then
    java bench/voucher/VoucherBench.java --batch-summary "$out/batches.tsv"
  fi
  [ -f "$out/report-decisions.md" ] && cat "$out/report-decisions.md"
} > "$out/report.md"
cat "$out/report.md"
