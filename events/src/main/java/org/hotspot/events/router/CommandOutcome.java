package org.hotspot.events.router;

import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * What came of a command, keyed by router: the router acknowledged it (Disconnect-ACK / CoA-ACK),
 * refused it (NAK, with its Error-Cause, RFC 5176 §3.5), or never answered the retries.
 *
 * @param errorCause the NAK's Error-Cause (for example 503 Session-Context-Not-Found); null otherwise
 * @param attempts   requests sent, the first included
 */
public record CommandOutcome(String commandId, String routerId, String acctSessionId, String kind, Result result,
        Integer errorCause, int attempts) {

    public static final EventType<CommandOutcome> TYPE =
            new EventType<>("CommandOutcome", 1, Topics.ROUTER_EVENTS, CommandOutcome.class);

    public enum Result {
        ACK,
        NAK,
        TIMEOUT
    }
}
