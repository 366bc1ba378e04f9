package org.hotspot.portal.dashboard.session;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/**
 * auth-service's public API as the dashboard uses it on the operator's behalf. Every call names the
 * browser's address ({@code X-Forwarded-For}: portal-web is a trusted proxy), so auth-service
 * throttles and audits the browser, not portal-web.
 */
@RegisterRestClient(configKey = "auth-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AuthApi {

    String FORWARDED_FOR = "X-Forwarded-For";

    record LoginRequest(String username, String password, String totp, String deviceToken) {
    }

    record LoginResponse(String accessToken, String refreshToken, long expiresIn, String deviceToken) {
    }

    record RefreshRequest(String refreshToken) {
    }

    record EnrolmentRequest(String username, String password) {
    }

    record EnrolmentResponse(String secret, String otpauthUri) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record OperatorView(String id, String username, boolean totpEnabled) {
    }

    record OrganizationView(String id, String name, String language) {
    }

    @POST
    @Path("/api/auth/login")
    Uni<LoginResponse> login(@HeaderParam(FORWARDED_FOR) String browser,
            @HeaderParam(RequestIds.HEADER) String requestId,
            LoginRequest request);

    @POST
    @Path("/api/auth/refresh")
    Uni<LoginResponse> refresh(@HeaderParam(FORWARDED_FOR) String browser, RefreshRequest request);

    @POST
    @Path("/api/auth/logout")
    Uni<Void> logout(@HeaderParam(FORWARDED_FOR) String browser, RefreshRequest request);

    @POST
    @Path("/api/auth/totp/enrolment")
    Uni<EnrolmentResponse> enrol(@HeaderParam(FORWARDED_FOR) String browser,
            @HeaderParam(RequestIds.HEADER) String requestId, EnrolmentRequest request);

    @GET
    @Path("/api/operators/me")
    Uni<OperatorView> me(@HeaderParam("Authorization") String authorization);

    @PUT
    @Path("/api/operators/me/password")
    Uni<Void> changePassword(@HeaderParam("Authorization") String authorization,
            @HeaderParam(FORWARDED_FOR) String browser, @HeaderParam(RequestIds.HEADER) String requestId,
            PasswordChange change);

    @GET
    @Path("/api/organizations/{id}")
    Uni<OrganizationView> organization(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);
}
