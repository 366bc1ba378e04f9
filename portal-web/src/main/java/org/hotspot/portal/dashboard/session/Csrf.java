package org.hotspot.portal.dashboard.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The CSRF token check: present, and equal in constant time. */
public final class Csrf {

    private Csrf() {
    }

    public static boolean matches(String expected, String sent) {
        if (expected == null || expected.isEmpty() || sent == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
