package org.hotspot.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Exists only in tests (test-support is on no production classpath): a protected endpoint through
 * which any service's tests show its real token verification and role checks at work.
 */
@Path("/test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerProbeResource {

    @Inject
    JsonWebToken token;

    /** Any role: who the verified token says the caller is. */
    @GET
    @RolesAllowed({"PLATFORM_ADMIN", "ORG_ADMIN", "OPERATOR", "RESELLER", "VIEWER"})
    public Map<String, String> whoAmI() {
        return Map.of("username", token.getName(), "role", String.join(",", token.getGroups()),
                "organizationId", String.valueOf(token.<Object>getClaim("organizationId")));
    }

    /** One role only, for the 403 path. */
    @GET
    @Path("/viewer-only")
    @RolesAllowed("VIEWER")
    public Map<String, String> viewerOnly() {
        return whoAmI();
    }
}
