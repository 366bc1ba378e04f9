package org.hotspot.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bson.codecs.pojo.annotations.BsonId;
import org.hotspot.events.Event;
import org.hotspot.events.audit.AuditEntry;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * One stored audit event: who did what to which record, when, from where, with what result. Its id
 * is the event's id, so a redelivered event lands on the same document and is stored once.
 */
@MongoEntity(collection = "audit_records")
public class AuditRecord {

    /** The event id. */
    @BsonId
    public String id;
    public String organizationId;
    public Instant occurredAt;
    public String actor;
    public String action;
    public String targetType;
    public String targetId;
    public String clientAddress;
    public Result result;
    public String detail;
    /** The service that produced it, as the topic it came on says (only that service may write it). */
    public String service;

    /** The record of an audit event as it came off the audit topic of {@code producer}. */
    public static AuditRecord of(Event<AuditEntry> event, String producer) {
        AuditEntry entry = event.payload();
        AuditRecord record = new AuditRecord();
        record.id = event.id().toString();
        record.organizationId = event.organizationId();
        // MongoDB keeps milliseconds; truncating here makes what the API returns what the range filters compare.
        record.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        record.actor = entry.actor();
        record.action = entry.action();
        record.targetType = entry.targetType();
        record.targetId = entry.targetId();
        record.clientAddress = entry.clientAddress();
        record.result = entry.result();
        record.detail = entry.detail();
        record.service = producer;
        return record;
    }
}
