package org.hotspot.portal.dashboard.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where a sign-in may send the browser afterwards: a dashboard page of this site, never another
 * site ({@code //evil.example}, {@code /\evil.example}) nor the sign-in pages themselves.
 */
public final class NextPage {

    public static final String HOME = "/dashboard";
    private static final Pattern DASHBOARD_PAGE =
            Pattern.compile("/dashboard(/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?(\\?[^#\\s\\\\]*)?");

    private NextPage() {
    }

    /** {@code next} when it is a same-site dashboard page, else the overview. */
    public static String checked(String next) {
        if (next == null || next.length() > 512 || !DASHBOARD_PAGE.matcher(next).matches() || next.contains("//")
                || next.contains("/..") || next.startsWith("/dashboard/sign-in")
                || next.startsWith("/dashboard/sign-out")) {
            return HOME;
        }
        try {
            // The pattern lets through what java.net.URI refuses (a lone '%', braces in the query); the
            // redirect is made with URI, so what it cannot read goes home rather than fail the sign-in.
            new URI(next);
        } catch (URISyntaxException e) {
            return HOME;
        }
        return next;
    }
}
