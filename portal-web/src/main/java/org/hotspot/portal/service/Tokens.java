package org.hotspot.portal.service;

import java.util.regex.Pattern;

/**
 * The shapes of the identifiers the portal passes on to the backends from a URL: anything else is
 * refused here, before it becomes part of another service's path.
 */
final class Tokens {

    /** Router and organization ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    /** QR tokens ({@code <voucher id>.<tag>}) and status tokens: URL-safe base64 and separators. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,300}");

    private Tokens() {
    }

    static boolean id(String value) {
        return value != null && ID.matcher(value).matches() && !value.contains("..");
    }

    static boolean token(String value) {
        return value != null && TOKEN.matcher(value).matches() && !value.contains("..");
    }
}
