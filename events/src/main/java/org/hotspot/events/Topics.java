package org.hotspot.events;

import java.util.List;

/**
 * The Kafka topics (docs/architecture.md#kafka-topics). Their names are a contract with operators'
 * tooling: never rename.
 */
public final class Topics {

    /** Voucher lifecycle: created, activated, exhausted, expired, revoked, batch progress. Keyed by voucher. */
    public static final String VOUCHER_EVENTS = "voucher-events";
    /** Accounting records from the RADIUS server. Keyed by router and Acct-Session-Id. */
    public static final String ACCOUNTING_RECORDS = "accounting-records";
    /** Session opened, updated, closed, and voucher usage totals. Keyed by session. */
    public static final String SESSION_EVENTS = "session-events";
    /** Commands for the router-gateway: disconnect, CoA, push users. Keyed by router. */
    public static final String ROUTER_COMMANDS = "router-commands";
    /** Router status and command outcomes. Keyed by router. */
    public static final String ROUTER_EVENTS = "router-events";
    /**
     * Audit events, stored by auth-service. Keyed by organization. Each service has a topic of its own,
     * {@link #auditEvents(String)}, that only its Kafka user may write: the topic tells who produced an event.
     */
    public static final String AUDIT_EVENTS = "audit-events";

    /** Every topic, in the order above. */
    public static final List<String> ALL = List.of(
            VOUCHER_EVENTS, ACCOUNTING_RECORDS, SESSION_EVENTS, ROUTER_COMMANDS, ROUTER_EVENTS, AUDIT_EVENTS);

    /** The audit topic of {@code service}: {@code audit-events-<service>}. */
    public static String auditEvents(String service) {
        return AUDIT_EVENTS + "-" + service;
    }

    /** The service whose audit topic {@code topic} is, or null when it is none. */
    public static String auditProducer(String topic) {
        String prefix = AUDIT_EVENTS + "-";
        return topic != null && topic.startsWith(prefix) && topic.length() > prefix.length()
                ? topic.substring(prefix.length()) : null;
    }

    private Topics() {
    }
}
