package org.hotspot.session.messaging;

/** The messaging channels of session-service; topics and client settings are in application.properties. */
public final class Channels {

    /** Accounting records, from {@code accounting-records}. */
    public static final String ACCOUNTING_IN = "accounting-in";
    /** Voucher lifecycle transitions, from {@code voucher-events}. */
    public static final String VOUCHER_EVENTS_IN = "voucher-events-in";
    /** Session changes and voucher usage totals, to {@code session-events}. */
    public static final String SESSION_EVENTS_OUT = "session-events-out";
    /** Disconnect commands, to {@code router-commands}. */
    public static final String ROUTER_COMMANDS_OUT = "router-commands-out";

    private Channels() {
    }
}
