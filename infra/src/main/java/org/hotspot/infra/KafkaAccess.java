package org.hotspot.infra;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who may do what on the broker: one SCRAM user per service, each writing only the topics it
 * produces, reading only those it consumes, in consumer groups of its own. Nothing else is allowed
 * (the broker runs with {@code allow.everyone.if.no.acl.found=false}); the administrator user
 * creates topics, users and these ACLs and is used by nothing else. docker-compose's init script
 * (deploy/kafka/create-users.sh) and the Kubernetes KafkaUsers (k8s/base/kafka-users.yaml) grant the
 * same; deploy-check compares them with this table.
 *
 * <p>An idempotent producer needs only WRITE on its topics since Kafka 2.8 (KIP-679), so no cluster
 * IdempotentWrite is granted.
 */
public final class KafkaAccess {

    /** The administrator: creates topics, users and ACLs; no service runs as it. */
    public static final String ADMIN = "admin";

    /** Audit events are bound to their producer by topic: only {@code service} may write this one. */
    public static String auditTopic(String service) {
        return AUDIT_PREFIX + service;
    }

    /** The service whose audit topic this is, or null for any other topic. */
    public static String auditProducer(String topic) {
        return topic.startsWith(AUDIT_PREFIX) ? topic.substring(AUDIT_PREFIX.length()) : null;
    }

    private static final String AUDIT_PREFIX = "audit-events-";

    /** Marks a group name as a prefix. */
    public static final String PREFIX_MARK = "*";

    /**
     * What one service's user may do. A group ending in {@value #PREFIX_MARK} stands for every group
     * that begins with the rest: router-gateway's replicas each read voucher-events in a group of
     * their own (every replica must see every partition), named after the instance.
     */
    public record User(String name, List<String> writes, List<String> reads, List<String> groups) {
    }

    public static final List<String> SERVICES = List.of("auth-service", "voucher-service", "session-service",
            "router-gateway", "portal-web");

    public static final List<User> USERS = List.of(
            new User("auth-service", List.of(auditTopic("auth-service")), auditTopics(),
                    List.of("auth-service-audit")),
            new User("voucher-service", List.of("voucher-events", auditTopic("voucher-service")),
                    List.of("session-events"), List.of("voucher-service-usage")),
            new User("session-service", List.of("session-events", "router-commands", auditTopic("session-service")),
                    List.of("accounting-records", "voucher-events"),
                    List.of("session-service", "session-service-enforcement")),
            new User("router-gateway",
                    List.of("accounting-records", "router-events", "router-commands-dlq", auditTopic("router-gateway")),
                    List.of("router-commands", "voucher-events"),
                    List.of("router-gateway-commands", "router-gateway-floors-" + PREFIX_MARK)),
            new User("portal-web", List.of(auditTopic("portal-web")), List.of(), List.of()));

    /** Every topic a service writes or reads, created by the administrator before any service starts. */
    public static List<String> topics() {
        return USERS.stream()
                .flatMap(user -> Stream.concat(user.writes().stream(), user.reads().stream()))
                .distinct()
                .toList();
    }

    /** The audit topic of every service, which auth-service reads. */
    public static List<String> auditTopics() {
        return SERVICES.stream().map(KafkaAccess::auditTopic).toList();
    }

    public static User user(String name) {
        return USERS.stream()
                .filter(user -> user.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka user " + name));
    }

    private KafkaAccess() {
    }
}
