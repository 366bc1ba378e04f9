package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * auth-service's use of the shared audit log: best effort, because a broker outage must not lock
 * every operator out (a failed publish is logged with the whole entry).
 */
@ApplicationScoped
public class AuthAudit {

    private final AuditLog log;

    public AuthAudit(AuditLog log) {
        this.log = log;
    }

    public Uni<Void> record(String organizationId, String actor, String action, String targetType, String targetId,
            String clientAddress, Result result, String detail) {
        return log.recordBestEffort(organizationId, actor, action, targetType, targetId, clientAddress, result,
                detail);
    }
}
