package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.auth.AuditRecord;
import org.hotspot.auth.repository.AuditRecordRepository;
import org.hotspot.auth.repository.AuditRecordRepository.Filter;
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
     * @param from inclusive, or null
     * @param to   exclusive, or null
     * @param page 0-based
     */
    public record Criteria(String organizationId, String actor, String action, Instant from, Instant to, int page,
            int size) {

        public Criteria {
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidRange();
            }
        }

        Filter filter() {
            return new Filter(organizationId, actor, action, from, to);
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
        Filter filter = criteria.filter();
        return Uni.combine().all()
                .unis(records.page(filter, criteria.page(), criteria.size()), records.count(filter))
                .with(Found::new);
    }
}
