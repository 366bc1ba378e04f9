package org.hotspot.gateway.radius.io;

import io.smallrye.mutiny.Uni;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.service.NasRegistry.Nas;

/**
 * Handles an authenticated request from a known router. A null item means no answer at all, so the
 * router retransmits (the decision could not be made in time, the record is not durable yet); a
 * failure is treated the same way.
 */
public interface RequestHandler {

    /** The request codes this handler takes; others are dropped as unexpected. */
    boolean accepts(int code);

    Uni<Answer> handle(Nas nas, RadiusPacket request);
}
