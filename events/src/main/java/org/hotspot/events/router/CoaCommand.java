package org.hotspot.events.router;

import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * Change what a session on a router may do without ending it (RFC 5176 CoA-Request), keyed by
 * router: a new rate limit, the time or data it has left. Null fields are left as they are.
 *
 * @param commandId             the outcome on {@code router-events} carries it back
 * @param sealedUserName        the session's User-Name sealed by router-gateway, as in {@link DisconnectCommand}
 *                              (which says why the version stays 1)
 * @param rateLimit             MikroTik rate limit ({@code rx/tx ...}), or null
 * @param sessionTimeoutSeconds the session's remaining time, or null
 * @param dataLeftBytes         bytes the session may still move, up and down together, or null
 * @param reason                why, for logs and the audit trail: {@code plan-changed}, {@code topped-up}...
 */
public record CoaCommand(String commandId, String routerId, String acctSessionId, String sealedUserName,
        String framedIp,
        String mac, String voucherId, String rateLimit, Long sessionTimeoutSeconds, Long dataLeftBytes,
        String reason) {

    public static final EventType<CoaCommand> TYPE =
            new EventType<>("CoaCommand", 1, Topics.ROUTER_COMMANDS, CoaCommand.class);
}
