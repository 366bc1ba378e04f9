package org.hotspot.session;

import org.hotspot.events.accounting.AccountingRecord;

/**
 * One accounting record as Kafka delivered it: its tenant, and where it lies on the topic. The place
 * makes a redelivery recognisable however far back it reaches: a session's records share a partition,
 * so one at or before the session's last applied offset there was applied already.
 *
 * @param organizationId the tenant, from the event envelope
 * @param record         the record
 * @param partition      the topic and partition it was read from ({@code accounting-records-2})
 * @param offset         its offset in that partition
 */
public record AccountingDelivery(String organizationId, AccountingRecord record, String partition, long offset) {

    /** Whether the session has applied this very delivery, or a later one of its partition. */
    public boolean appliedBy(Session session) {
        return partition.equals(session.lastPartition) && offset <= session.lastOffset;
    }
}
