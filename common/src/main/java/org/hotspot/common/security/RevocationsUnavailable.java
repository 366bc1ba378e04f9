package org.hotspot.common.security;

import java.util.Map;
import org.hotspot.common.problem.ProblemException;

/**
 * This service cannot tell whether an access token was revoked (auth-service has not answered for
 * longer than the staleness bound): the request is refused rather than risk honouring a token of a
 * disabled operator. A retry succeeds as soon as auth-service is reachable again.
 */
public class RevocationsUnavailable extends ProblemException {

    public RevocationsUnavailable() {
        super(503, "revocations-unavailable", "Revocations unavailable",
                "Token revocations could not be confirmed with auth-service; try again shortly");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "2");
    }
}
