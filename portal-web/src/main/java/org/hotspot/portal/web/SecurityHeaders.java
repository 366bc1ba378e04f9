package org.hotspot.portal.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser security headers of everything portal-web's public port answers (pages, assets,
 * errors), in one place: a Vert.x route ahead of all others, so the static assets, which never
 * pass through Quarkus REST, get them too.
 *
 * <p>The content security policy allows scripts, styles and images from portal-web alone, so a
 * router variable that slipped through escaping could neither run nor load anything, and no page
 * makes a third-party request. {@code form-action} is the exception: the login form posts,
 * top-level, to the router's own login URL ({@code http://<hotspot dns-name>/login} or its address),
 * which differs per router and is often a private address, so no fixed list can name it, and
 * {@code 'self'} would block the login itself. What keeps that post from going anywhere else is the
 * server: a form's action is only ever a {@code link-login-only} or logout URL checked against the
 * router's registered names ({@code RouterLink}), and no script of ours changes it.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action *; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    /** After HttpEdges' limits (first of all), before every Quarkus route. */
    private static final int ORDER = Integer.MIN_VALUE + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::secure);
    }

    private void secure(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", POLICY);
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Content-Type-Options", "nosniff");
            // Browsers too old for frame-ancestors.
            headers.set("X-Frame-Options", "DENY");
        });
        context.next();
    }
}
