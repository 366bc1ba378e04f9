#!/bin/bash
# One-shot, idempotent: gives a SASL/SCRAM broker the hotspot services' users, topics and ACLs, as
# the administrator. The same grants as infra's KafkaAccess (deploy-check compares them): each
# service writes only the topics it produces, reads only those it consumes, in groups of its own;
# each writes only its own audit topic, so auth-service knows an audit event's producer from its
# topic. Nothing else is allowed (allow.everyone.if.no.acl.found=false).
#   KAFKA_BOOTSTRAP_SERVERS, HOTSPOT_KAFKA_ADMIN_PASSWORD, and one HOTSPOT_KAFKA_PASSWORD_<SERVICE> per service
#   (HOTSPOT_KAFKA_PASSWORD_AUTH_SERVICE, ..._VOUCHER_SERVICE, ..._SESSION_SERVICE, ..._ROUTER_GATEWAY, ..._PORTAL_WEB).
set -euo pipefail
: "${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS}"
: "${HOTSPOT_KAFKA_ADMIN_PASSWORD:?set HOTSPOT_KAFKA_ADMIN_PASSWORD}"
bin=${KAFKA_BIN:-/opt/kafka/bin}
umask 077
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
cat > "$admin" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${HOTSPOT_KAFKA_ADMIN_PASSWORD}";
PROPERTIES

# No file-name expansion: group prefixes end in *.
set -f
services="auth-service voucher-service session-service router-gateway portal-web"
audit_topics=""
for service in $services; do audit_topics="$audit_topics audit-events-$service"; done

# user|writes|reads|groups
grants="
auth-service|audit-events-auth-service|${audit_topics}|auth-service-audit
voucher-service|voucher-events audit-events-voucher-service|session-events|voucher-service-usage
session-service|session-events router-commands audit-events-session-service|accounting-records voucher-events|session-service session-service-enforcement
router-gateway|accounting-records router-events router-commands-dlq audit-events-router-gateway|router-commands voucher-events|router-gateway-commands router-gateway-floors-*
portal-web|audit-events-portal-web||
"

existing=$("$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --list)
while IFS='|' read -r user writes reads groups; do
  [ -n "$user" ] || continue
  variable="HOTSPOT_KAFKA_PASSWORD_$(echo "$user" | tr 'a-z-' 'A-Z_')"
  password=${!variable:?set $variable}
  "$bin/kafka-configs.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=${password}]"
  for topic in $writes $reads; do
    if ! grep -qx "$topic" <<<"$existing"; then
      "$bin/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" \
        --create --if-not-exists --topic "$topic"
      existing="$existing
$topic"
    fi
  done
  for topic in $writes; do
    "$bin/kafka-acls.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --add \
      --allow-principal "User:$user" --operation Write --topic "$topic"
  done
  for topic in $reads; do
    "$bin/kafka-acls.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --add \
      --allow-principal "User:$user" --operation Read --topic "$topic"
  done
  # A group ending in * is a prefix (router-gateway's replicas each have a group of their own).
  for group in $groups; do
    pattern=literal
    case "$group" in *\*) pattern=prefixed; group=${group%\*} ;; esac
    "$bin/kafka-acls.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin" --add \
      --allow-principal "User:$user" --operation Read --group "$group" --resource-pattern-type "$pattern"
  done
done <<<"$grants"
echo "kafka-init: users, topics and ACLs of the hotspot services are in place"
