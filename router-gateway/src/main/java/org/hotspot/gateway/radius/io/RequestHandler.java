package org.hotspot.gateway.radius.io;

import java.util.concurrent.CompletionStage;
import org.hotspot.gateway.radius.codec.RadiusPacket;

/**
 * Handles an authenticated request from a known client. A null answer means no answer at all, so
 * the router retransmits (the decision could not be made in time, the record is not durable yet); a
 * failure is treated the same way.
 *
 * <p>A {@link CompletionStage}, not a Mutiny {@code Uni}: Quarkus wraps every Mutiny operator to
 * carry its request context along, a few hundred nanoseconds each, and a login passes a dozen of
 * them; on the path of every RADIUS request that was a measured 6 % of the gateway's CPU. Slower
 * paths (a call to voucher-service, Kafka) still use Mutiny and join here.
 */
public interface RequestHandler<C extends RadiusClient> {

    /** The request codes this handler takes; others are dropped as unexpected. */
    boolean accepts(int code);

    CompletionStage<Answer> handle(C client, RadiusPacket request);
}
