package org.hotspot.gateway.radius.codec;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.function.UnaryOperator;

/**
 * Whether an Access-Request proves a password, PAP (RFC 2865 §5.2) or CHAP (§5.3), for a server that
 * compares passwords in a canonical form (say, upper case without separators). PAP reveals what was
 * typed, so that is compared in the canonical form; CHAP proves only a response over the password,
 * so it is checked over the password as given and over its canonical form.
 */
public final class Passwords {

    private Passwords() {
    }

    /**
     * Whether the request's User-Password or CHAP-Password is {@code password}; false for a request with
     * neither, and for a null or empty password. {@code canonical} may answer null for a password that has
     * no canonical form, which matches nothing.
     */
    public static boolean proves(RadiusPacket request, byte[] secret, String password,
            UnaryOperator<String> canonical) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        RadiusAttribute hidden = request.first(Attributes.USER_PASSWORD);
        if (hidden != null) {
            byte[] typed = UserPassword.reveal(hidden.value(), secret, request.authenticator());
            String canonicalTyped = typed == null ? null : canonical.apply(new String(typed, UTF_8));
            return canonicalTyped != null && canonicalTyped.equals(canonical.apply(password));
        }
        if (request.has(Attributes.CHAP_PASSWORD)) {
            String canonicalPassword = canonical.apply(password);
            return Chap.matches(request, password.getBytes(UTF_8))
                    || canonicalPassword != null && Chap.matches(request, canonicalPassword.getBytes(UTF_8));
        }
        return false;
    }
}
