package org.hotspot.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.keys.KeyMaterial;

/**
 * Device tokens (OWASP's "device cookies"): given to a client at each successful login, they say
 * "this client knew the password of this username before", so the throttle of strangers never
 * refuses it the right password. A token is {@code id.expiry.mac}: a random id (its own small
 * budget of failures), the expiry in epoch seconds, and an HMAC-SHA256 binding both to the
 * username with a key Redis and the client never see.
 */
@ApplicationScoped
public class DeviceTokens {

    /** The cookie browsers keep it in; proxies pass it as the login's {@code deviceToken} instead. */
    public static final String COOKIE = "hotspot_device";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    @Inject
    public DeviceTokens(AuthKeys keys, AuthConfig config) {
        this(keys.deviceKey(), config.device().lifetime(), Clock.systemUTC());
    }

    DeviceTokens(byte[] key, Duration lifetime, Clock clock) {
        if (key.length < 32) {
            throw new IllegalStateException("the device token key must be at least 32 bytes");
        }
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A new token for the username, valid for the configured lifetime. */
    public String issue(String username) {
        String body = KeyMaterial.newToken(16) + "." + (clock.instant().getEpochSecond() + lifetime.toSeconds());
        return body + "." + mac(body, LoginService.normalize(username));
    }

    /** How long a token lives: the cookie's Max-Age. */
    public Duration lifetime() {
        return lifetime;
    }

    /** The token's id when it is genuine, unexpired and the username's; otherwise null. */
    public String recognise(String token, String username) {
        if (token == null || token.length() > 256) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return null;
        }
        String body = parts[0] + "." + parts[1];
        boolean genuine =
                MessageDigest.isEqual(mac(body, LoginService.normalize(username)).getBytes(StandardCharsets.US_ASCII),
                        parts[2].getBytes(StandardCharsets.US_ASCII));
        boolean current = Long.parseLong(parts[1]) > clock.instant().getEpochSecond();
        return genuine && current ? parts[0] : null;
    }

    private String mac(String body, String username) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            // The username goes last and whole: no other username can yield the same input.
            return BASE64URL.encodeToString(hmac.doFinal(("device-token.v1." + body + "." + username)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
