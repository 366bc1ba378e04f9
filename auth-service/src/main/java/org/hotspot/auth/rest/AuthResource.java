package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.auth.SigningKey;
import org.hotspot.auth.rest.AuthApi.KeyRotationResponse;
import org.hotspot.auth.rest.AuthApi.LoginRequest;
import org.hotspot.auth.rest.AuthApi.LoginResponse;
import org.hotspot.auth.rest.AuthApi.RefreshRequest;
import org.hotspot.auth.rest.AuthApi.TokenResponse;
import org.hotspot.auth.rest.AuthApi.TotpEnrolmentRequest;
import org.hotspot.auth.rest.AuthApi.TotpEnrolmentResponse;
import org.hotspot.auth.service.AuthAudit;
import org.hotspot.auth.service.DeviceTokens;
import org.hotspot.auth.service.LoginService;
import org.hotspot.auth.service.Sessions;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.auth.service.Tokens;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.ClientAddress;
import org.hotspot.common.security.Role;
import org.hotspot.events.audit.AuditEntry.Result;

/** Login, token refresh, logout, TOTP enrolment and signing key rotation. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService login;
    private final Sessions sessions;
    private final SigningKeys keys;
    private final AuthAudit audit;
    private final Caller caller;
    private final DeviceTokens devices;

    public AuthResource(LoginService login, Sessions sessions, SigningKeys keys, AuthAudit audit, Caller caller,
            DeviceTokens devices) {
        this.devices = devices;
        this.login = login;
        this.sessions = sessions;
        this.keys = keys;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * The device token travels both ways as an HttpOnly cookie for browsers and as a field of the
     * JSON body for proxies, which do not forward their clients' cookies; the field wins.
     */
    @POST
    @Path("/login")
    @PermitAll
    public Uni<LoginResponse> login(@NotNull @Valid LoginRequest request, HttpServerRequest http) {
        Cookie deviceCookie = http.getCookie(DeviceTokens.COOKIE);
        String deviceToken = request.deviceToken() != null ? request.deviceToken()
                : deviceCookie != null ? deviceCookie.getValue() : null;
        return login.login(request.username(), request.password(), request.totp(), ClientAddress.of(http), deviceToken)
                .map(tokens -> signedIn(tokens, devices.issue(request.username()), http));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    public Uni<TokenResponse> refresh(@NotNull @Valid RefreshRequest request, HttpServerRequest http) {
        return sessions.refresh(request.refreshToken(), ClientAddress.of(http))
                .map(AuthResource::response);
    }

    /** Ends the session the refresh token belongs to; answers 204 whatever the token was. */
    @POST
    @Path("/logout")
    @PermitAll
    public Uni<Void> logout(@NotNull @Valid RefreshRequest request, HttpServerRequest http) {
        return sessions.logout(request.refreshToken(), ClientAddress.of(http));
    }

    @POST
    @Path("/totp/enrolment")
    @PermitAll
    public Uni<TotpEnrolmentResponse> enrolTotp(@NotNull @Valid TotpEnrolmentRequest request,
            HttpServerRequest http) {
        return login.enrolTotp(request.username(), request.password(), ClientAddress.of(http))
                .map(enrolment -> new TotpEnrolmentResponse(enrolment.secret(), enrolment.otpauthUri()));
    }

    /** Signs new tokens with a new key; tokens signed with the old one stay valid until they expire. */
    @POST
    @Path("/keys/rotate")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public Uni<KeyRotationResponse> rotateKeys() {
        String organization = caller.organizationId();
        String actor = caller.username();
        String address = caller.clientAddress();
        return Uni.createFrom().item(keys::rotate)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(current -> new KeyRotationResponse(current.kid(),
                        keys.previous().map(SigningKey::kid).orElse(null)))
                .call(rotation -> audit.record(organization, actor, "SIGNING_KEY_ROTATED", "signing-key",
                        rotation.kid(), address, Result.SUCCESS, "previous " + rotation.previousKid()));
    }

    private LoginResponse signedIn(Tokens tokens, String deviceToken, HttpServerRequest http) {
        http.response().addCookie(Cookie.cookie(DeviceTokens.COOKIE, deviceToken)
                .setPath("/api/auth")
                .setMaxAge(devices.lifetime().toSeconds())
                .setHttpOnly(true)
                .setSecure(true)
                .setSameSite(CookieSameSite.STRICT));
        return new LoginResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), "Bearer",
                deviceToken);
    }

    private static TokenResponse response(Tokens tokens) {
        return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), "Bearer");
    }
}
