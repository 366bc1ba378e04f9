#!/usr/bin/env bash
# The accounting benchmark (issue 6): RADIUS accounting through the packaged suite, from the
# Accounting-Request at router-gateway's UDP port to the usage stored by session-service, and the
# delay from a quota-crossing Interim-Update to the Disconnect-Request at the router.
#
#   bench/session/run.sh                               # all three parts, default sizes
#   bench/session/run.sh --sessions 5000 --interims 4 --trials 5     # a quicker look
#   bench/session/run.sh --skip replay,quota           # leave parts out (throughput, replay, quota)
#   options: --sessions N (20000) --interims K (10) --inflight W (512) --sockets S (32) --trials T (20)
#            --vouchers V (200) --build (package what is missing; never installs)
#            --warmup M (2000): sessions played through first, on vouchers of their own, and stored
#            before the measured ones start (the services' JIT compilers took half their CPU without)
#            --mongo memory (the embedded MongoDB's memory backend in a process of its own, instead of
#            the launcher's H2 file backend: what the suite does when the database is not the limit),
#            or --mongo mongodb://HOST:PORT (a real mongod, started and emptied by you)
#            --stored H (0): closed sessions of other vouchers put straight into the database first, as
#            months of history would leave them (what any query over all sessions has to read)
#
# 1. throughput: SessionLoad.java plays a router: N sessions, each a Start, K Interim-Updates and a
#    Stop, in order per session, W requests in flight, every packet built and signed before the
#    clock starts. SessionCheck.java watches session-service's count of applied records (a record
#    counts once its usage and its session are stored) until all N*(K+2) are in, then reads MongoDB:
#    every session's totals as sent, every sample, every voucher roll-up equal to the samples.
# 2. replay: a second session-service (same package, its own consumer group and database) reads the
#    same records, already all on accounting-records: the consumer's own rate, without the gateway.
# 3. quota: T vouchers with a 10 MB data quota are logged in (PAP) and used until an Interim-Update
#    passes the quota; the time from sending it to the Disconnect-Request at the NAS's CoA port, and
#    hop by hop from the Kafka timestamps of what each service wrote.
#
# The suite runs from ./hotspot on ports 191xx/199xx with its own home under bench/session/.work, so
# a suite on the default ports, or bench/radius's (190xx), is not disturbed. Everything a run produces
# is in bench/session/.work/run-<UTC>/ (report.txt, the tools' output, load.txt, the suite's logs).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

sessions=20000
interims=10
inflight=512
sockets=32
trials=20
voucher_count=200
skip=""
build=0
mongo_kind=h2
warmup=2000
stored=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sessions) sessions="$2"; shift ;;
    --interims) interims="$2"; shift ;;
    --inflight) inflight="$2"; shift ;;
    --sockets) sockets="$2"; shift ;;
    --trials) trials="$2"; shift ;;
    --vouchers) voucher_count="$2"; shift ;;
    --skip) skip="$2"; shift ;;
    --build) build=1 ;;
    --mongo) mongo_kind="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --stored) stored="$2"; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (--help)" >&2; exit 2 ;;
  esac
  shift
done
wanted() { [[ ",$skip," != *",$1,"* ]]; }
case "$mongo_kind" in h2|memory|mongodb://*) ;; *) echo "run.sh: --mongo is h2, memory or a mongodb:// URI" >&2; exit 2 ;; esac

out="$here/.work/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
note() { echo "run.sh: $*" >&2; echo "$(date -u +%H:%M:%S) $*" >> "$out/run.log"; }

# ------------------------------------------------------------------ build and tools

for module in auth-service voucher-service session-service router-gateway portal-web; do
  if [ ! -f "$module/target/quarkus-app/quarkus-run.jar" ] || [ ! -f launcher/target/hotspot-launcher.jar ]; then
    [ "$build" = 1 ] || { echo "run.sh: $module is not packaged; run with --build" >&2; exit 1; }
    note "packaging the suite (mvnw package, tests skipped)"
    ./mvnw -o -B -q -DskipTests package
    break
  fi
done
for tool in jq curl java javac; do
  command -v "$tool" > /dev/null || { echo "run.sh: $tool is needed" >&2; exit 1; }
done
lib=session-service/target/quarkus-app/lib/main
classpath="$(ls "$lib"/org.mongodb.*.jar "$lib"/org.apache.kafka.kafka-clients-*.jar "$lib"/org.slf4j.slf4j-api-*.jar \
  "$lib"/at.yawk.lz4*.jar "$lib"/org.xerial.snappy*.jar "$lib"/com.github.luben*.jar | tr '\n' ':')"
javac -d "$out/classes" -cp "$classpath" "$here/SessionLoad.java" "$here/SessionCheck.java"
memory_classpath="$(ls launcher/target/lib/mongo-java-server*.jar launcher/target/lib/netty-*.jar launcher/target/lib/h2-*.jar \
  launcher/target/lib/slf4j-*.jar | tr '\n' ':')"
[ "$mongo_kind" = memory ] && javac -d "$out/classes" -cp "$memory_classpath" "$here/MemoryMongo.java"
tool() { java -Xmx1g -cp "$out/classes:$classpath" "$@"; }
# The launcher's broker admits only its SCRAM users; the bench reads and replays as its administrator.
kafka_admin_password() { sed -n 's/^admin=//p' "$HOTSPOT_HOME/data/kafka/credentials.properties"; }

# ------------------------------------------------------------------ the suite

# 19xxx ports, apart from bench/radius's (19080-19084, 19812-19813, 19092-19093, 19379, 19017).
export HOTSPOT_PORTAL_PORT=19180 HOTSPOT_AUTH_PORT=19181 HOTSPOT_VOUCHER_PORT=19182 HOTSPOT_SESSION_PORT=19183 \
  HOTSPOT_GATEWAY_PORT=19184 HOTSPOT_RADIUS_AUTH_PORT=19912 HOTSPOT_RADIUS_ACCT_PORT=19913 \
  HOTSPOT_KAFKA_PORT=19192 HOTSPOT_KAFKA_CONTROLLER_PORT=19193 HOTSPOT_REDIS_PORT=19479 HOTSPOT_MONGODB_PORT=19117 \
  HOTSPOT_PORTAL_MANAGEMENT_PORT=19280 HOTSPOT_AUTH_MANAGEMENT_PORT=19281 HOTSPOT_VOUCHER_MANAGEMENT_PORT=19282 \
  HOTSPOT_SESSION_MANAGEMENT_PORT=19283 HOTSPOT_GATEWAY_MANAGEMENT_PORT=19284
export HOTSPOT_HOME="$here/.work/home"
export HOTSPOT_ADMIN_PASSWORD="${HOTSPOT_ADMIN_PASSWORD:-bench-session-root-0001}"
unset HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY HOTSPOT_SERVICE_TOKEN_VOUCHER_SERVICE HOTSPOT_SERVICE_TOKEN_PORTAL_WEB HOTSPOT_KAFKA_BOOTSTRAP_SERVERS HOTSPOT_REDIS_URI HOTSPOT_MONGODB_URI
coa_port=19799
kafka="127.0.0.1:$HOTSPOT_KAFKA_PORT"
mongo="mongodb://127.0.0.1:$HOTSPOT_MONGODB_PORT"
session_url="http://127.0.0.1:$HOTSPOT_SESSION_PORT"
# Metrics are on the management port, not the public one.
session_management_url="http://127.0.0.1:$HOTSPOT_SESSION_MANAGEMENT_PORT"

suite_pid=""; replay_pid=""; load_pid=""; mongo_pid=""
cleanup() {
  local status=$?
  [ -n "$mongo_pid" ] && { kill "$mongo_pid" 2>/dev/null || true; }
  [ -n "$replay_pid" ] && { kill "$replay_pid" 2>/dev/null || true; wait "$replay_pid" 2>/dev/null || true; }
  if [ -n "$suite_pid" ]; then
    ./hotspot down > /dev/null 2>&1 || true
    wait "$suite_pid" 2>/dev/null || true
    [ -d "$HOTSPOT_HOME/logs" ] && cp -r "$HOTSPOT_HOME/logs" "$out/suite-logs"
  fi
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
  echo "run.sh: results in $out" >&2
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

{
  echo "date (UTC):  $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:      $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
  echo "cpus:        $(nproc --all), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory:      $(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "java:        $(java -version 2>&1 | head -1)"
  echo "settings:    sessions=$sessions interims=$interims inflight=$inflight sockets=$sockets trials=$trials vouchers=$voucher_count mongo=$mongo_kind warmup=$warmup stored=$stored"
  echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt" >&2
( while sleep 5; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; done ) > "$out/load.txt" &
load_pid=$!

rm -rf "$HOTSPOT_HOME"
if [ "$mongo_kind" = memory ]; then
  note "starting the embedded MongoDB's memory backend on $HOTSPOT_MONGODB_PORT"
  java -Xmx2g -XX:+UseSerialGC -cp "$out/classes:$memory_classpath" MemoryMongo "$HOTSPOT_MONGODB_PORT" \
    > "$out/memory-mongo.log" 2>&1 &
  mongo_pid=$!
  for _ in $(seq 1 30); do grep -q listening "$out/memory-mongo.log" && break; sleep 1; done
  grep -q listening "$out/memory-mongo.log" || { note "the memory backend did not start"; cat "$out/memory-mongo.log" >&2; exit 1; }
  export HOTSPOT_MONGODB_URI="$mongo"
elif [[ "$mongo_kind" == mongodb://* ]]; then
  note "using the MongoDB at $mongo_kind (its databases hotspot-* are dropped by nothing here: use a fresh one)"
  mongo="$mongo_kind"
  export HOTSPOT_MONGODB_URI="$mongo"
fi
note "starting the suite (./hotspot up on 191xx)"
./hotspot up > "$out/hotspot-up.log" 2>&1 < /dev/null &
suite_pid=$!
for _ in $(seq 1 300); do
  kill -0 "$suite_pid" 2>/dev/null || { note "./hotspot up ended"; tail -20 "$out/hotspot-up.log" >&2; exit 1; }
  ./hotspot status > /dev/null 2>&1 && break
  sleep 1
done
./hotspot status > /dev/null 2>&1 || { note "the suite was not ready in 300 s"; exit 1; }
sleep 15 # the JVMs' start-up work dies down

# call METHOD PATH-OR-URL TOKEN [JSON]: the answer's body on stdout; fails unless 2xx.
call() {
  local url="$2"; [[ "$url" == http* ]] || url="http://127.0.0.1:$HOTSPOT_PORTAL_PORT$url"
  local status
  status="$(curl -sS -o "$out/last-body" -w '%{http_code}' -X "$1" -H 'Content-Type: application/json' \
    ${3:+-H "Authorization: Bearer $3"} ${4:+--data "$4"} "$url")"
  [[ "$status" == 2* ]] || { note "$1 $url answered $status: $(head -c 300 "$out/last-body")"; return 1; }
  cat "$out/last-body"
}
token_of() { call POST "http://127.0.0.1:$HOTSPOT_AUTH_PORT/api/auth/login" "" "$(jq -nc --arg u "$1" --arg p "$2" '{username: $u, password: $p}')" | jq -r .accessToken; }

# batch_of TOKEN PROFILE COUNT FIELD: the batch's vouchers' FIELD (id or code), one a line.
batch_of() {
  local voucher_url="http://127.0.0.1:$HOTSPOT_VOUCHER_PORT" batch state page=0
  batch="$(call POST "$voucher_url/api/batches" "$1" "$(jq -nc --arg p "$2" --argjson n "$3" '{profileId: $p, count: $n}')" | jq -r .id)"
  for _ in $(seq 1 600); do
    state="$(call GET "$voucher_url/api/batches/$batch" "$1" | jq -r .state)"
    [ "$state" = GENERATING ] || break
    sleep 0.5
  done
  [ "$state" = READY ] || { note "batch $batch is $state"; return 1; }
  while call GET "$voucher_url/api/batches/$batch/vouchers?page=$page&size=500" "$1" \
      | jq -r --arg f "$4" '[.. | objects | select(has("code")) | .[$f]] | .[]' | grep . ; do
    page=$((page + 1))
  done
}

stamp="$(date +%s)"
admin="$(token_of admin "$HOTSPOT_ADMIN_PASSWORD")"
organization="$(call POST "http://127.0.0.1:$HOTSPOT_AUTH_PORT/api/organizations" "$admin" \
  "{\"name\":\"session bench $stamp\",\"requireTotp\":false,\"language\":\"en\"}" | jq -r .id)"
operator_password="Sb-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')-pw"
call POST "http://127.0.0.1:$HOTSPOT_AUTH_PORT/api/operators" "$admin" "$(jq -nc --arg p "$operator_password" \
  --arg o "$organization" '{username: "session-bench", password: $p, role: "ORG_ADMIN", organizationId: $o}')" > /dev/null
token="$(token_of session-bench "$operator_password")"
voucher_url="http://127.0.0.1:$HOTSPOT_VOUCHER_PORT"
open_plan="$(call POST "$voucher_url/api/profiles" "$token" \
  '{"name":"bench unlimited","price":1.00,"currency":"USD","sharedUsers":1000}' | jq -r .id)"
quota_bytes=10000000
quota_plan="$(call POST "$voucher_url/api/profiles" "$token" \
  "{\"name\":\"bench 10 MB\",\"price\":1.00,\"currency\":\"USD\",\"sharedUsers\":1,\"dataQuotaBytes\":$quota_bytes}" | jq -r .id)"
batch_of "$token" "$open_plan" "$voucher_count" id > "$out/voucher-ids.txt"
batch_of "$token" "$open_plan" 50 id > "$out/warmup-voucher-ids.txt"
batch_of "$token" "$quota_plan" "$trials" code > "$out/quota-codes.txt"
secret="bench-session-secret-$stamp"
nas_id=bench-session-nas
call POST "http://127.0.0.1:$HOTSPOT_GATEWAY_PORT/api/routers" "$token" "$(jq -nc --arg s "$secret" --arg n "$nas_id" \
  --argjson c "$coa_port" '{name: "session bench", site: "bench", nasIdentifier: $n, nasIp: "127.0.0.1",
    radiusSecret: $s, requireMessageAuthenticator: true, coaPort: $c}')" > /dev/null
note "organization $organization: $(wc -l < "$out/voucher-ids.txt") vouchers without quota, $(wc -l < "$out/quota-codes.txt") with $quota_bytes bytes"
sleep 5 # the gateway's router table picks the new router up

applied_now() {
  curl -sf "$1/q/metrics" | sed -n 's/^hotspot_session_records_total{.*result="applied".*} \([0-9.eE+]*\)$/\1/p' \
    | awk '{printf "%d", $1} END {if (NR == 0) print 0}'
}
records=$((sessions * (interims + 2)))

# stages URL: session-service's time per batch stage (seconds in all, batches) and its batch sizes.
stages() {
  curl -sf "$1/q/metrics" | grep -E '^hotspot_session_batch_(stage_seconds_(sum|count)|records_(sum|count|max))' \
    | sed 's/^/STAGE /' || true
}

# cpu_of: CPU seconds so far (user + system) of each process of the suite, a line each: NAME SECONDS.
cpu_of() {
  local pid name
  for pid in $(pgrep -f 'java|redis-server'); do
    name="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -oE '(auth|voucher|session)-service/target|router-gateway/target|portal-web/target|hotspot-launcher|kafka\.Kafka|KafkaRaftServer|MemoryMongo|redis-server [^ ]*' | head -1)" || true
    [ -n "$name" ] || continue
    name="${name%/target}"
    awk -v n="${name// /_}" -v t="$(getconf CLK_TCK)" '{printf "%s %.2f\n", n, ($14 + $15) / t}' "/proc/$pid/stat" 2>/dev/null || true
  done
}

# cpu_per_record BEFORE AFTER RECORDS: each process's CPU between the two snapshots, and per record.
cpu_per_record() {
  awk -v records="$3" 'FNR == NR {before[$1] = $2; next}
    {used = $2 - before[$1]; total += used
     printf "CPU %-22s %8.2f s %8.1f us/record\n", $1, used, used * 1e6 / records}
    END {printf "CPU %-22s %8.2f s %8.1f us/record\n", "all", total, total * 1e6 / records}' "$1" "$2"
}

# ------------------------------------------------------------------ 1. throughput

if [ "$stored" -gt 0 ]; then
  note "history: $stored closed sessions of other vouchers stored first"
  tool SessionCheck fill --mongo "$mongo" --database hotspot-session --sessions "$stored" \
    --organization "$organization" | tee "$out/stored-history.txt" >&2
fi

if wanted throughput && [ "$warmup" -gt 0 ]; then
  note "warm-up: $warmup sessions x $((interims + 2)) records, on vouchers of their own, until stored"
  tool SessionCheck watch --metrics "$session_management_url/q/metrics" --until "$((warmup * (interims + 2)))" \
    --from "$(applied_now "$session_management_url")" > "$out/warmup-stored.txt" 2>&1 &
  watch_pid=$!
  tool SessionLoad accounting --port "$HOTSPOT_RADIUS_ACCT_PORT" --secret "$secret" --nas-id "$nas_id" \
    --vouchers "$out/warmup-voucher-ids.txt" --sessions "$warmup" --interims "$interims" --inflight "$inflight" \
    --sockets "$sockets" --expect "$out/warmup-expected.tsv" --run "w$stamp" > "$out/warmup-gateway.txt" 2>&1
  wait "$watch_pid" || note "session-service did not store every warm-up record (see warmup-stored.txt)"
  sleep 10 # what the warm-up set off elsewhere (voucher-service's usage, the announcements) dies down
fi

if wanted throughput; then
  note "throughput: $sessions sessions x $((interims + 2)) records = $records through the gateway"
  cpu_of > "$out/cpu-before.txt"
  tool SessionCheck watch --metrics "$session_management_url/q/metrics" --until "$records" --from "$(applied_now "$session_management_url")" \
    > "$out/stored.txt" 2>&1 &
  watch_pid=$!
  tool SessionLoad accounting --port "$HOTSPOT_RADIUS_ACCT_PORT" --secret "$secret" --nas-id "$nas_id" \
    --vouchers "$out/voucher-ids.txt" --sessions "$sessions" --interims "$interims" --inflight "$inflight" \
    --sockets "$sockets" --expect "$out/expected-sessions.tsv" --run "b$stamp" | tee "$out/gateway.txt" >&2
  wait "$watch_pid" || note "session-service did not store every record (see stored.txt)"
  tail -1 "$out/stored.txt" >&2
  cpu_of > "$out/cpu-after.txt"
  cpu_per_record "$out/cpu-before.txt" "$out/cpu-after.txt" "$records" | tee -a "$out/stored.txt" >&2
  stages "$session_management_url" >> "$out/stored.txt"
  tool SessionCheck verify --mongo "$mongo" --database hotspot-session --expect "$out/expected-sessions.tsv" \
    --organization "$organization" | tee "$out/verify.txt" >&2 || note "VERIFY FAILED"
fi

# ------------------------------------------------------------------ 2. replay

if wanted replay; then
  replay_port=19185
  replay_management_port=19285
  note "replay: a second session-service reads the $records records from the topic's start"
  KAFKA_BOOTSTRAP_SERVERS="$kafka" QUARKUS_MONGODB_CONNECTION_STRING="$mongo" \
    QUARKUS_MONGODB_DATABASE="hotspot-session-replay-$stamp" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$replay_port" QUARKUS_MANAGEMENT_PORT="$replay_management_port" \
    QUARKUS_REDIS_HOSTS="redis://127.0.0.1:$HOTSPOT_REDIS_PORT" HOTSPOT_AUTH_URL="http://127.0.0.1:$HOTSPOT_AUTH_PORT" \
    HOTSPOT_VOUCHER_SERVICE_URL="$voucher_url" HOTSPOT_SERVICE_TOKEN="replay-$stamp" \
    HOTSPOT_KAFKA_USERNAME=admin HOTSPOT_KAFKA_PASSWORD="$(kafka_admin_password)" \
    MP_MESSAGING_INCOMING_ACCOUNTING_IN_GROUP_ID="session-replay-$stamp" \
    MP_MESSAGING_INCOMING_VOUCHER_EVENTS_IN_GROUP_ID="session-replay-enforcement-$stamp" \
    java -Xms32m -Xmx384m -XX:+UseSerialGC -jar session-service/target/quarkus-app/quarkus-run.jar \
    > "$out/replay-session-service.log" 2>&1 &
  replay_pid=$!
  tool SessionCheck watch --metrics "http://127.0.0.1:$replay_management_port/q/metrics" --until "$records" \
    > "$out/replay.txt" 2>&1 || note "the replay did not store every record (see replay.txt)"
  tail -1 "$out/replay.txt" >&2
  stages "http://127.0.0.1:$replay_management_port" >> "$out/replay.txt"
  tool SessionCheck verify --mongo "$mongo" --database "hotspot-session-replay-$stamp" \
    --expect "$out/expected-sessions.tsv" --organization "$organization" | tee "$out/replay-verify.txt" >&2 \
    || note "REPLAY VERIFY FAILED"
  kill "$replay_pid"; wait "$replay_pid" 2>/dev/null || true; replay_pid=""
fi

# ------------------------------------------------------------------ 3. quota

if wanted quota; then
  note "quota: $trials vouchers run over their data quota, one at a time"
  tool SessionLoad quota --auth-port "$HOTSPOT_RADIUS_AUTH_PORT" --port "$HOTSPOT_RADIUS_ACCT_PORT" --coa-port "$coa_port" \
    --secret "$secret" --nas-id "$nas_id" --codes "$out/quota-codes.txt" --quota "$quota_bytes" --trials "$trials" \
    --out "$out/trials.txt" | tee "$out/quota.txt" >&2
  HOTSPOT_KAFKA_ADMIN_PASSWORD="$(kafka_admin_password)" tool SessionCheck hops --kafka "$kafka" --trials "$out/trials.txt" | tee "$out/hops.txt" >&2
fi

{
  cat "$out/machine.txt"
  for f in gateway.txt stored.txt verify.txt replay.txt replay-verify.txt quota.txt hops.txt; do
    [ -f "$out/$f" ] && { echo "== $f"; grep -E '^(RESULT|START|STORED|STALLED|STAGE|CPU|VERIFY|MISMATCH|TRIAL|HOP)' "$out/$f" || true; }
  done
} > "$out/report.txt"
cat "$out/report.txt"
