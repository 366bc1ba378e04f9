package org.hotspot.session.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.session.Session;
import org.hotspot.session.repository.SessionRepository;

/**
 * An operator ends a session from the dashboard: the same Disconnect command quota enforcement
 * sends, on {@code router-commands} for router-gateway to put to the router (RFC 5176 or the
 * RouterOS API), and an audit event saying who did it. The router's Stop then closes the session.
 */
@ApplicationScoped
public class OperatorDisconnect {

    /** The command's reason, in logs, the audit trail and the disconnects metric. */
    public static final String REASON = "operator";

    private final SessionRepository sessions;
    private final ResellerScope resellers;
    private final QuotaEnforcement enforcement;
    private final AuditLog audit;

    public OperatorDisconnect(SessionRepository sessions, ResellerScope resellers, QuotaEnforcement enforcement,
            AuditLog audit) {
        this.sessions = sessions;
        this.resellers = resellers;
        this.enforcement = enforcement;
        this.audit = audit;
    }

    /** The command sent for an open session of the caller's; 404 for one they may not see, 409 for a closed one. */
    public Uni<DisconnectCommand> disconnect(Caller caller, String sessionId) {
        return sessions.findInOrganization(caller.organizationId(), sessionId)
                .chain(session -> resellers.visibleVouchers(caller)
                        .map(visible -> visible == null || session == null || visible.contains(session.voucherId)
                                ? session : null))
                .onItem().ifNull().failWith(() -> new ProblemException(404, "not-found", "Not Found",
                        "No session " + sessionId))
                .chain(session -> {
                    if (!session.open()) {
                        return Uni.createFrom().failure(new ProblemException(409, "session-closed", "Session closed",
                                "The session ended already" + (session.stopCause == null ? ""
                                        : " (" + session.stopCause + ")")));
                    }
                    DisconnectCommand command = new DisconnectCommand(UUID.randomUUID().toString(), session.routerId,
                            session.acctSessionId, session.sealedUserName, session.framedIp, session.mac,
                            session.voucherId, REASON);
                    // Recorded once the command is on its way, and as a failure when it could not be sent:
                    // the trail never claims a Disconnect that was not sent.
                    return enforcement.send(caller.organizationId(), command)
                            .onFailure().call(e -> record(caller, session, command, AuditEntry.Result.FAILURE)
                                    .onFailure().recoverWithNull())
                            .call(() -> record(caller, session, command, AuditEntry.Result.SUCCESS)
                                    .onFailure().recoverWithNull())
                            .replaceWith(command);
                });
    }

    private Uni<Void> record(Caller caller, Session session, DisconnectCommand command, AuditEntry.Result result) {
        return audit.record(caller.organizationId(), caller.username(), "SESSION_DISCONNECTED", "session", session.id,
                caller.clientAddress(), result, detail(session, command)).replaceWithVoid();
    }

    private static String detail(Session session, DisconnectCommand command) {
        return "voucher " + session.voucherId + " on router " + session.routerId + ", command " + command.commandId();
    }
}
