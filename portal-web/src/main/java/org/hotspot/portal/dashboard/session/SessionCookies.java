package org.hotspot.portal.dashboard.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The dashboard's cookies, all HttpOnly and SameSite=Strict, and when Secure (the default) named
 * with the {@code __Host-} prefix, which browsers accept only Secure, host-only and for path /: a
 * sibling subdomain cannot plant one. The session cookie holds only a random id; the sign-in cookie
 * a random token that ties the sign-in form (its CSRF field) and its second step to this browser;
 * the device cookie auth-service's device token, so the browser's own sign-ins are not throttled by
 * strangers' guesses.
 */
@ApplicationScoped
public class SessionCookies {

    private final boolean secure;
    private final String prefix;
    private final long signInSeconds;
    private final long deviceSeconds;

    public SessionCookies(DashboardConfig config) {
        this.secure = config.cookieSecure();
        this.prefix = secure ? "__Host-" : "";
        this.signInSeconds = config.signInTimeout().multipliedBy(6).toSeconds();
        this.deviceSeconds = Duration.ofDays(90).toSeconds();
    }

    public String sessionName() {
        return prefix + "hotspot";
    }

    public String signInName() {
        return prefix + "hotspot-signin";
    }

    public String deviceName() {
        return prefix + "hotspot-device";
    }

    /** The cookie's value in the request, or null. */
    public static String value(HttpServerRequest request, String name) {
        Cookie cookie = request.getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** A browser-session cookie: gone when the browser closes; Redis ends the session sooner. */
    public String session(String id) {
        return header(sessionName(), id, -1);
    }

    public String signIn(String token) {
        return header(signInName(), token, signInSeconds);
    }

    public String device(String token) {
        return header(deviceName(), token, deviceSeconds);
    }

    /** A {@code Set-Cookie} value removing the cookie. */
    public String removal(String name) {
        return header(name, "", 0);
    }

    private String header(String name, String value, long maxAge) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSecure(secure)
                .setSameSite(CookieSameSite.STRICT);
        if (maxAge >= 0) {
            cookie.setMaxAge(maxAge);
        }
        return cookie.encode();
    }
}
