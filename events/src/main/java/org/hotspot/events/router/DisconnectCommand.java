package org.hotspot.events.router;

import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * End a session on a router (RFC 5176 Disconnect-Request, or the RouterOS API for a router in API
 * mode), keyed by router. session-service sends it when a voucher's quota or validity runs out.
 *
 * <p>Commands once carried a {@code userName} in clear; the code now travels only sealed by
 * router-gateway, which alone opens it (an older command is read with no User-Name). Still version
 * 1: the change is additive for readers, and a bump would make a not yet upgraded router-gateway
 * park every new command as unreadable, so quota cut-offs would not happen during a rolling upgrade.
 *
 * @param commandId  the outcome on {@code router-events} carries it back
 * @param sealedUserName the session's User-Name as router-gateway sealed it into the accounting record
 *                   ({@code AccountingRecord#sealedUserName}); null when unknown
 * @param reason     why, for logs and the audit trail: {@code data-quota}, {@code time-quota}, {@code revoked}...
 */
public record DisconnectCommand(String commandId, String routerId, String acctSessionId, String sealedUserName,
        String framedIp, String mac, String voucherId, String reason) {

    public static final EventType<DisconnectCommand> TYPE =
            new EventType<>("DisconnectCommand", 1, Topics.ROUTER_COMMANDS, DisconnectCommand.class);
}
