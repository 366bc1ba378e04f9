package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.auth.AuditRecord;
import org.hotspot.auth.repository.AuditRecordRepository;
import org.hotspot.auth.repository.AuditRecordRepository.Filter;
import org.hotspot.common.audit.AuditActions;
import org.hotspot.common.problem.ProblemException;

/** Reads one organization's audit log, a page at a time, newest first. */
@ApplicationScoped
public class AuditQuery {

    private final AuditRecordRepository records;

    public AuditQuery(AuditRecordRepository records) {
        this.records = records;
    }

    /**
     * What to read. The organization comes from the caller's token, never from the request.
     *
     * @param targetId the id of the record acted on, or null
     * @param from     inclusive, or null
     * @param to       exclusive, or null
     * @param page     0-based
     */
    public record Criteria(String organizationId, String actor, String action, String targetId, Instant from,
            Instant to, int page, int size) {

        public Criteria {
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidRange();
            }
        }

        Filter filter() {
            return new Filter(organizationId, actor, action, targetId, from, to);
        }
    }

    /** One page of records and how many match in all. */
    public record Found(List<AuditRecord> records, long total) {
    }

    /** A time range that ends before it starts: the caller's mistake, so a 400 rather than an empty page. */
    public static final class InvalidRange extends ProblemException {

        InvalidRange() {
            super(400, "validation", "Invalid input", "from must not be after to");
        }
    }

    public Uni<Found> search(Criteria criteria) {
        return knownAction(criteria)
                .chain(() -> read(criteria.filter(), criteria.page(), criteria.size()));
    }

    /**
     * An action nothing records is a typo, answered as one rather than with an empty page that says
     * "nothing happened". The organization's own log counts too: a newer service may record an
     * action {@link AuditActions} does not know yet.
     */
    private Uni<Void> knownAction(Criteria criteria) {
        String action = criteria.action();
        if (action == null || AuditActions.KNOWN.contains(action)) {
            return Uni.createFrom().voidItem();
        }
        return records.actions(criteria.organizationId())
                .chain(recorded -> recorded.contains(action)
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ProblemException.invalidField("action",
                                "is not an action the audit log records; one of " + AuditActions.listed())));
    }

    private Uni<Found> read(Filter filter, int page, int size) {
        return Uni.combine().all()
                .unis(records.page(filter, page, size), records.count(filter))
                .with(Found::new);
    }
}
