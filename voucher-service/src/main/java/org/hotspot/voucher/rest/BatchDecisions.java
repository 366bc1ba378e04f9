package org.hotspot.voucher.rest;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.voucher.rest.InternalApi.AuthorizeRequest;
import org.hotspot.voucher.service.AuthorizationService;
import org.jboss.logging.Logger;

/**
 * The logins of one {@code /internal/authorize-batch} request, each decided alone and all at once.
 * An item is checked here rather than by the request's validation, which would refuse the whole
 * batch for one bad item: the routers of every other login in it would go unanswered.
 */
@ApplicationScoped
class BatchDecisions {

    private static final Logger LOG = Logger.getLogger(BatchDecisions.class);

    private final AuthorizationService authorization;
    private final Validator validator;
    private final DistributionSummary sizes;

    BatchDecisions(AuthorizationService authorization, Validator validator, MeterRegistry registry) {
        this.authorization = authorization;
        this.validator = validator;
        this.sizes = DistributionSummary.builder("hotspot.voucher.authorize.batch.size")
                .description("Logins per request to /internal/authorize-batch")
                .register(registry);
    }

    Uni<List<Decision>> decide(List<AuthorizeRequest> requests) {
        sizes.record(requests.size());
        if (requests.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(requests.stream().map(this::decide).toList())
                .andFailFast();
    }

    private Uni<Decision> decide(AuthorizeRequest request) {
        if (request == null || !validator.validate(request).isEmpty()) {
            // What /internal/authorize decides for a code it cannot look up.
            return Uni.createFrom().item(Decision.reject(RejectReason.UNKNOWN, null));
        }
        return authorization.decide(request.organizationId(), request.code(),
                new AccessRequest(request.nasId(), request.site(), request.mac(), request.ip(), request.sessionId()))
                .onFailure().invoke(e -> LOG.debugf("A login of a batch went undecided: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
