package org.hotspot.events.audit;

import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * Who did what to which record, from where, with what result. The envelope carries the
 * organization and the time; the event id makes storing it idempotent.
 *
 * @param actor         the operator's username, or {@code system} for scheduled work
 * @param action        upper snake case verb: {@code LOGIN_SUCCEEDED}, {@code OPERATOR_CREATED}
 * @param targetType    the kind of record acted on: {@code operator}, {@code voucher}; null when none
 * @param targetId      its id; null when none
 * @param clientAddress the caller's IP address; null for scheduled work
 * @param result        the outcome
 * @param detail        a short human note, never a secret; may be null
 * @param service       the service that recorded it
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, String clientAddress,
        Result result, String detail, String service) {

    public static final EventType<AuditEntry> TYPE =
            new EventType<>("AuditRecorded", 1, Topics.AUDIT_EVENTS, AuditEntry.class);

    /** What came of the action. */
    public enum Result {
        SUCCESS,
        FAILURE,
        DENIED
    }

    public AuditEntry {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("audit actor is blank");
        }
        if (action == null || !action.matches("[A-Z]+(_[A-Z]+)*")) {
            throw new IllegalArgumentException("audit action must be upper snake case, not " + action);
        }
        if (result == null) {
            throw new IllegalArgumentException("audit result is missing");
        }
    }
}
