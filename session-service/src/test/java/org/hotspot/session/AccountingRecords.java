package org.hotspot.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;

/**
 * One session's accounting records as its router sends them, for the tests of the pure ledger code:
 * counters cumulative, as routers report them, with Gigawords already folded in as router-gateway
 * puts them on the topic; each delivery at the next offset of one partition.
 */
final class AccountingRecords {

    static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");
    static final String ORGANIZATION = "org-1";
    static final String PARTITION = "accounting-records-0";

    private long nextOffset;

    /** A record {@code seconds} into the session, with the counters the router reports then. */
    static AccountingRecord record(String recordId, StatusType type, long inputOctets, long outputOctets,
            long seconds) {
        return record(recordId, type, inputOctets, outputOctets, seconds,
                type == StatusType.STOP ? "User-Request" : null);
    }

    static AccountingRecord record(String recordId, StatusType type, long inputOctets, long outputOctets, long seconds,
            String terminateCause) {
        Instant at = T0.plusSeconds(seconds);
        return new AccountingRecord(recordId, "router-1", "hap-1", "192.0.2.1", "site-a", type, "81a1b2c3", null,
                "voucher-1", "AA:BB:CC:00:00:01", "10.5.50.23", inputOctets, outputOctets, 0, 0, seconds,
                terminateCause, at, at);
    }

    /** The records delivered in order, each at the partition's next offset. */
    List<AccountingDelivery> deliver(AccountingRecord... records) {
        List<AccountingDelivery> deliveries = new ArrayList<>();
        for (AccountingRecord record : records) {
            deliveries.add(new AccountingDelivery(ORGANIZATION, record, PARTITION, nextOffset++));
        }
        return deliveries;
    }
}
