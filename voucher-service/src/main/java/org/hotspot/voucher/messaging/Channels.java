package org.hotspot.voucher.messaging;

/** The messaging channels of voucher-service; topics and serializers are set in application.properties. */
public final class Channels {

    /** Lifecycle and batch progress events, to {@code voucher-events}. */
    public static final String VOUCHER_EVENTS_OUT = "voucher-events-out";
    /** Usage totals from session-service, from {@code session-events}. */
    public static final String SESSION_EVENTS_IN = "session-events-in";

    private Channels() {
    }
}
