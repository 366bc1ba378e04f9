package org.hotspot.auth.messaging;

/** The reactive messaging channels of auth-service; their topics and settings are in application.properties. */
public final class Channels {

    /** Every service's audit events, from {@code audit-events}, stored as the audit log. */
    public static final String AUDIT_IN = "audit-in";

    private Channels() {
    }
}
