package org.hotspot.common.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Request bodies our endpoints read are strict: a field the record does not have is refused (the
 * problem mapper names it), as is anything after the JSON value. A misspelt {@code timeQuota} must
 * never be dropped in silence, leaving a plan without its quota.
 *
 * <p>Only on the server side ({@code @ConstrainedTo(SERVER)} keeps Quarkus from registering it with
 * REST clients): what we read from other services, Kafka and Redis stays tolerant of fields it does
 * not know, so a newer service can add a field during a rolling upgrade without breaking older
 * readers; so do {@code /internal/} request bodies, below. Those readers keep their own mappers
 * (the Quarkus one for REST clients, {@code EventCodec} and {@code ProjectionCodec} for Kafka and
 * Redis); this one is a copy and changes none of them.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper tolerant;
    private final ObjectMapper strict;

    public StrictJsonBodies(ObjectMapper mapper) {
        this.tolerant = mapper;
        this.strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Strict, except for the bodies of {@code /internal/} endpoints: those come from our own services,
     * and a newer one may send a field an older one does not know yet. Quarkus asks once per body
     * type, so a record must not serve both an internal and a public endpoint.
     */
    @Override
    public ObjectMapper getContext(Class<?> type) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request != null && request.getPath().startsWith("/internal/") ? tolerant : strict;
    }
}
