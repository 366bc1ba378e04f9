package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.events.audit.AuditEntry.Result;
import org.jboss.logging.Logger;

/**
 * auth-service's use of the shared audit log. A broker outage must not lock every operator out, so
 * a failed publish is logged at error level (with the whole entry, so nothing is lost from the
 * logs) and the action goes on.
 */
@ApplicationScoped
public class AuthAudit {

    private static final Logger LOG = Logger.getLogger(AuthAudit.class);

    private static final java.time.Duration PUBLISH_WAIT = java.time.Duration.ofSeconds(2);

    private final AuditLog log;

    public AuthAudit(AuditLog log) {
        this.log = log;
    }

    public Uni<Void> record(String organizationId, String actor, String action, String targetType, String targetId,
            String clientAddress, Result result, String detail) {
        return log.record(organizationId, actor, action, targetType, targetId, clientAddress, result, detail)
                // A broker that does not answer must not hold a login for the producer's whole delivery timeout.
                .ifNoItem().after(PUBLISH_WAIT).fail()
                .onFailure().invoke(e -> LOG.errorf(e, "audit event not published: %s %s by %s in %s on %s %s (%s)",
                        action, result, actor, organizationId, targetType, targetId, detail))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
