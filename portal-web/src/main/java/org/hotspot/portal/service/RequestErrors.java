package org.hotspot.portal.service;

import org.hotspot.portal.service.PortalView.Notice.Kind;

/**
 * The page for a request refused before any portal page is reached: an unknown path, a method the
 * path does not take, a body that is not a form. A phone shows it to a customer, so it says what to
 * do in their language rather than answer with a problem document.
 */
public final class RequestErrors {

    private RequestErrors() {
    }

    /** A notice with {@code status}; its language links lead to the portal's entry, the one page worth reaching. */
    public static PortalView.Notice page(int status, Visit visit) {
        return new PortalView.Notice(status, Frames.plain(visit, tag -> "/portal?lang=" + tag),
                status == 404 ? Kind.NOT_FOUND : Kind.MALFORMED);
    }
}
