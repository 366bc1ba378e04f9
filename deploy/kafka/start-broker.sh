#!/bin/bash
# Starts the compose file's single-node KRaft broker with SASL/SCRAM on its client listener and the
# StandardAuthorizer denying what no ACL allows: the configuration the launcher's and the tests'
# broker runs (infra/src/main/java/org/hotspot/infra/KafkaBroker.java). The administrator's password
# comes from the environment; it is the only user in the first metadata, the services' users and
# their ACLs are created by create-users.sh (the kafka-init container).
set -euo pipefail
: "${HOTSPOT_KAFKA_ADMIN_PASSWORD:?set HOTSPOT_KAFKA_ADMIN_PASSWORD}"
: "${CLUSTER_ID:?set CLUSTER_ID}"
config=/tmp/server.properties
umask 077
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${HOTSPOT_KAFKA_ADMIN_PASSWORD}";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${HOTSPOT_KAFKA_ADMIN_PASSWORD}" user_admin="${HOTSPOT_KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin
log.dirs=/var/lib/kafka/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
PROPERTIES
# For the healthcheck: the broker answers only authenticated clients.
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${HOTSPOT_KAFKA_ADMIN_PASSWORD}";
PROPERTIES
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=${HOTSPOT_KAFKA_ADMIN_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"
