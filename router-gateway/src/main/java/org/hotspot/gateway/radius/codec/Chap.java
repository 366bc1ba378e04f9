package org.hotspot.gateway.radius.codec;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * CHAP (RFC 1994) as RADIUS carries it (RFC 2865 §5.3): CHAP-Password is the CHAP identifier and
 * MD5(identifier + password + challenge); the challenge is CHAP-Challenge, or the Request
 * Authenticator when the attribute is absent.
 */
public final class Chap {

    private Chap() {
    }

    /** Whether the request's CHAP-Password was made from this password; false when it has none. */
    public static boolean matches(RadiusPacket request, byte[] password) {
        RadiusAttribute chapPassword = request.first(Attributes.CHAP_PASSWORD);
        if (chapPassword == null || chapPassword.value().length != 17) {
            return false;
        }
        byte[] value = chapPassword.value();
        RadiusAttribute challenge = request.first(Attributes.CHAP_CHALLENGE);
        byte[] expected = response(value[0], password,
                challenge != null ? challenge.value() : request.authenticator());
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(value, 1, 17));
    }

    /** MD5(identifier + password + challenge). */
    public static byte[] response(byte identifier, byte[] password, byte[] challenge) {
        return Authenticators.md5(new byte[] {identifier}, password, challenge);
    }
}
