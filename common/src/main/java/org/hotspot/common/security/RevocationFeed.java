package org.hotspot.common.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps {@link RevokedOperators} current by asking auth-service, which owns the watermarks (in
 * MongoDB, so they survive restarts), every {@code hotspot.revocation.poll-interval}: the full list
 * at start (every watermark that can still void a live token), then what changed since auth-service's
 * previous answer. Polling over authenticated HTTP rather than a push through Kafka or Redis: no
 * one with write access to those can forge, drop or undo a revocation, and a service restarted
 * mid-way simply reads the full list again.
 */
@ApplicationScoped
public class RevocationFeed {

    private static final Logger LOG = Logger.getLogger(RevocationFeed.class);
    private static final String PATH = "/internal/revocations";

    private final Vertx vertx;
    private final RevokedOperators revoked;
    private final MeterRegistry meters;
    private final String authUrl;
    private final String serviceToken;
    private final Duration interval;
    private final AtomicBoolean polling = new AtomicBoolean();
    private HttpClient client;
    private long timer = -1;
    private volatile Long cursor;
    private volatile boolean failing;

    /** @param token this service's own service token, which auth-service admits it by */
    public RevocationFeed(Vertx vertx, RevokedOperators revoked, MeterRegistry meters,
            @ConfigProperty(name = "hotspot.auth-url") String authUrl, ServiceToken token, RevocationConfig config) {
        this.vertx = vertx;
        this.revoked = revoked;
        this.meters = meters;
        this.authUrl = authUrl.replaceAll("/+$", "");
        this.serviceToken = token.value();
        this.interval = config.pollInterval();
    }

    void start(@Observes StartupEvent event) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) interval.multipliedBy(2).toMillis()));
        meters.gauge("hotspot.revocation.age.seconds", revoked, RevokedOperators::ageSeconds);
        vertx.setTimer(1, first -> poll());
        timer = vertx.setPeriodic(interval.toMillis(), tick -> poll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One request at a time: a slow answer is not piled on. */
    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        Long since = cursor;
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(authUrl + PATH + (since == null ? "" : "?since=" + since))
                .putHeader(ServiceAuthentication.HEADER, serviceToken)
                .setIdleTimeout(interval.multipliedBy(3).toMillis());
        client.request(request)
                .compose(sent -> sent.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("auth-service answered " + response.statusCode()))
                .map(body -> body.toJsonObject())
                .onSuccess(this::apply)
                .onFailure(this::failed)
                .onComplete(done -> polling.set(false));
    }

    private void apply(JsonObject answer) {
        Map<String, Long> watermarks = new HashMap<>();
        answer.getJsonArray("revocations").forEach(entry -> {
            JsonObject revocation = (JsonObject) entry;
            watermarks.put(revocation.getString("operatorId"), revocation.getLong("notBefore"));
        });
        revoked.merge(watermarks);
        cursor = answer.getLong("asOf");
        if (failing) {
            LOG.infof("Revocation feed from %s answers again", authUrl);
            failing = false;
        }
    }

    /** Logged when it starts failing and when it recovers, not every second; counted each time. */
    private void failed(Throwable cause) {
        meters.counter("hotspot.revocation.feed.failures").increment();
        if (!failing) {
            LOG.warnf("Revocation feed from %s failed (%s); operator tokens are refused once it is %s old",
                    authUrl, cause.getMessage(), "hotspot.revocation.max-staleness");
            failing = true;
        }
    }
}
