package org.hotspot.portal.service;

import java.net.URI;
import java.time.Duration;

/** What a portal request ends in: a page to render with its status, or a redirect. */
public sealed interface PortalView {

    /**
     * The code form.
     *
     * @param reason     why the last login failed, as a reason code ({@code exhausted}, {@code failed},
     *                   {@code empty-code}, ...); null for none
     * @param retryAfter with too many attempts, when to try again; null otherwise
     */
    record Login(int status, Frame frame, RouterEntry entry, String reason, Duration retryAfter) implements PortalView {

        public Login(int status, Frame frame, RouterEntry entry, String reason) {
            this(status, frame, entry, reason, null);
        }
    }

    /**
     * The page whose form posts the login, top-level, to the router: submitted by a script, or by
     * the customer's Continue where scripts do not run.
     *
     * @param action   the router's {@code link-login-only}, checked to be the router's
     * @param password the CHAP response in hex, or the code itself where the router allows PAP only
     * @param dst      where the router sends the browser after a successful login
     */
    record AutoPost(Frame frame, String action, String username, String password, String dst) implements PortalView {
    }

    /**
     * The online page (just logged in) or the status page.
     *
     * @param logoutAction the router's logout URL; null when the router is not known here
     * @param statusHref   the status page of the same voucher, for a bookmark
     */
    record Status(Frame frame, boolean online, String timeLeft, String dataLeft, String validUntil,
            String logoutAction, String statusHref) implements PortalView {
    }

    /** A page that only says something: an error, the QR outcomes, "you are logged out". */
    record Notice(int status, Frame frame, Kind kind) implements PortalView {

        /** What it says; each has its text in the message bundle. */
        public enum Kind {
            NO_ROUTER, UNKNOWN_ROUTER, LINK, STATUS_TOKEN, UNAVAILABLE, QR_REVOKED, QR_NOT_VALID, QR_JOIN_WIFI,
            LOGGED_OUT, NOT_FOUND, MALFORMED
        }
    }

    /** Send the browser elsewhere (a QR code's trip through the router's login URL). */
    record Redirect(URI location) implements PortalView {
    }
}
