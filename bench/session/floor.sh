#!/usr/bin/env bash
# The database's floor under the accounting benchmark: what the embedded MongoDB (mongo-java-server,
# the only MongoDB on a machine without mongod or Docker) spends on the least any design must store
# per accounting record, one usage sample and one session write (MongoFloor.java), with each of its
# backends in a process of its own on core 0 and the client on core 1.
#
#   bench/session/floor.sh [BATCHES]     # BATCHES of 1,000 records measured (60), after a third more
#
# Needs the packaged suite (session-service for the driver, launcher for mongo-java-server).
# Prints one FLOOR line per backend; the output is kept in bench/session/.work/floor-<UTC>.txt.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
batches="${1:-60}"
port=19118
out="$here/.work/floor-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out/classes"
client="$(ls session-service/target/quarkus-app/lib/main/org.mongodb.*.jar | tr '\n' ':')"
server="$(ls launcher/target/lib/mongo-java-server*.jar launcher/target/lib/netty-*.jar launcher/target/lib/slf4j-*.jar \
  launcher/target/lib/h2-*.jar | tr '\n' ':')"
javac -d "$out/classes" -cp "$client:$server" "$here/MongoFloor.java" "$here/MemoryMongo.java"

for backend in memory h2; do
  store=""
  [ "$backend" = h2 ] && store="$out/floor.mv.db"
  taskset -c 0 java -Xmx2g -XX:+UseSerialGC -cp "$out/classes:$server" MemoryMongo "$port" $store \
    > "$out/server-$backend.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 50); do
    grep -q listening "$out/server-$backend.log" 2>/dev/null && break
    sleep 0.2
  done
  echo "backend $backend:"
  taskset -c 1 java -cp "$out/classes:$client" MongoFloor "mongodb://127.0.0.1:$port" "$pid" "$batches" 2>&1 \
    | grep FLOOR
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done | tee "$out.txt"
