package org.hotspot.session;

import java.time.Instant;

/**
 * What one accounting record added to one session: the bytes and seconds since the session's
 * previous record. The unit of the usage time series: raw samples and every roll-up are made of these.
 *
 * @param recordId       the accounting record's id: equal for a router's retransmissions, so a sample is stored once
 * @param sessionKey     the session ({@code routerId:Acct-Session-Id})
 * @param sequence       the record's place in its session, 1 for the first applied: roll-ups apply each once, in order
 * @param organizationId the tenant
 * @param voucherId      null when the router did not echo the Class of the Access-Accept
 * @param profileId      the voucher's plan; null when not known yet
 * @param routerId       the router (NAS)
 * @param site           the router's site
 * @param at             when the usage happened at the router (the record's event time)
 * @param bytesIn        bytes from the device (upload)
 * @param bytesOut       bytes to the device (download)
 * @param seconds        online seconds
 * @param place          where the accounting record lay on {@code accounting-records}: roll-ups take each
 *                       partition's records once, in offset order
 */
public record UsageDelta(String recordId, String sessionKey, long sequence, String organizationId, String voucherId,
        String profileId, String routerId, String site, Instant at, long bytesIn, long bytesOut, long seconds,
        Place place) {

    /**
     * A record's place on its topic. A session's records share a partition and are applied in its
     * order, so the newest offset a roll-up bucket has taken from a partition tells which of that
     * partition's records it holds, with one mark per partition however many sessions it carries.
     *
     * @param partition the topic and partition ({@code accounting-records-2})
     * @param offset    the record's offset in it
     */
    public record Place(String partition, long offset) {
    }
}
