package org.hotspot.common.web;

import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.logging.Logger;

/**
 * Quarkus checks every request URI with {@link URI} before any router, filter or hook sees the
 * request, and answers one it cannot parse (a bad {@code %} escape, a space) with a bare 400. It has
 * no setting for this but the JVM flag {@code vertx.disableURIValidation}, read once when its root
 * handler is built, before any of our code runs. So at startup the check is handed over to
 * {@link HttpEdges}, which makes the same {@code new URI(...)} check as the first route and answers
 * with a problem. Should a Quarkus upgrade move the flag, Quarkus keeps checking and answers its bare
 * 400 (logged at startup; {@code HttpEdgesTest} in auth-service fails).
 */
final class QuarkusUriCheck {

    private static final Logger LOG = Logger.getLogger(QuarkusUriCheck.class);

    private QuarkusUriCheck() {
    }

    /** The same check as Quarkus's root handler. */
    static boolean valid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void handOver() {
        try {
            Field root = VertxHttpRecorder.class.getDeclaredField("ACTUAL_ROOT");
            root.setAccessible(true);
            Object handler = root.get(null);
            Field disabled = handler.getClass().getDeclaredField("DISABLE_URI_VALIDATION");
            disabled.setAccessible(true);
            disabled.setBoolean(handler, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Quarkus's URI check could not be handed over (%s): a malformed URI gets a bare 400", e);
        }
    }
}
