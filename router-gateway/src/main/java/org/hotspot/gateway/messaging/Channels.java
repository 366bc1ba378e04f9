package org.hotspot.gateway.messaging;

/** The messaging channels of router-gateway; topics and producer settings are in application.properties. */
public final class Channels {

    /** Accounting records, to {@code accounting-records}. */
    public static final String ACCOUNTING_OUT = "accounting-out";
    /** Disconnect and CoA commands, from {@code router-commands}. */
    public static final String COMMANDS_IN = "router-commands-in";
    /** Voucher transitions, from {@code voucher-events}: the versions older Redis entries are refused below. */
    public static final String VOUCHER_EVENTS_IN = "voucher-events-in";
    /** Command outcomes and router status, to {@code router-events}. */
    public static final String ROUTER_EVENTS_OUT = "router-events-out";

    private Channels() {
    }
}
