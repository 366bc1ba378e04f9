package org.hotspot.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The records of the login, token and key endpoints. */
public final class AuthApi {

    private AuthApi() {
    }

    /**
     * {@code totp} is the 6-digit code, when a second factor is enrolled or being enrolled.
     * {@code deviceToken} is the one an earlier login answered, for clients (a proxy such as the
     * dashboard) that cannot pass the {@code hotspot_device} cookie on.
     */
    public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password,
            @Size(max = 10) String totp, @Size(max = 256) String deviceToken) {
    }

    /** A token response plus the device token: present it at the next login, it is never refused for strangers' guesses. */
    public record LoginResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
            String deviceToken) {
    }

    public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {
    }

    public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    public record TotpEnrolmentRequest(@NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 256) String password) {
    }

    /** The secret is shown once: put it in an authenticator app, then log in with a code from it. */
    public record TotpEnrolmentResponse(String secret, String otpauthUri) {
    }

    public record KeyRotationResponse(String kid, String previousKid) {
    }
}
