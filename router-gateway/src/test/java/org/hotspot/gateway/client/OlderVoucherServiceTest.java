package org.hotspot.gateway.client;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade that reaches router-gateway before voucher-service: the older voucher-service
 * has no {@code /internal/authorize-batch}. Played by the real voucher-service behind a proxy that
 * answers 404 there, as a service without the route does. A rush of first uses is still decided.
 */
@QuarkusTest
@TestProfile(OlderVoucherServiceTest.BehindAnOlderVoucherService.class)
@WithVoucherService
class OlderVoucherServiceTest {

    private static final int RUSH = 24;
    /** Headers the JDK's client sets itself and refuses to be given. */
    private static final Set<String> OWN_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "keep-alive", "transfer-encoding");
    private static final AtomicInteger BATCHES_REFUSED = new AtomicInteger();
    private static final AtomicInteger FORWARDED = new AtomicInteger();
    /**
     * The test's own class and the profile's (which started the proxy) come from two class loaders: the
     * upstream goes to the proxy as a JVM-wide property, and the proxy tells its counts over HTTP.
     */
    private static final String UPSTREAM = "hotspot.test.older-voucher-service.upstream";

    /** The gateway talks to the proxy; the proxy to the real voucher-service, once the test knows its address. */
    public static class BehindAnOlderVoucherService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.voucher-service.url", "http://127.0.0.1:" + startProxy(),
                    "hotspot.gateway.decision-timeout", "PT10S");
        }
    }

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    VoucherClient client;

    @Test
    void aRushOfFirstUsesIsDecidedOneByOneWhenVoucherServiceHasNoBatches() {
        System.setProperty(UPSTREAM, vouchers.url());
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String profile = vouchers.newProfile(operator, Map.of());
        List<String> codes = vouchers.codes(operator, vouchers.newBatch(operator, profile, RUSH));

        List<String> failures = new CopyOnWriteArrayList<>();
        List<Uni<Decision>> calls = new ArrayList<>();
        for (int i = 0; i < RUSH; i++) {
            calls.add(client.authorize(organization, codes.get(i), new AccessRequest("nas-1", "site-a",
                    String.format("AA:BB:CC:41:00:%02X", i), "10.5.51." + (i + 2), "old" + i))
                    .onFailure().invoke(e -> failures.add(e.toString()))
                    .onFailure().recoverWithNull());
        }
        List<Decision> decisions = Uni.join().all(calls).andFailFast().await().atMost(Duration.ofSeconds(60));

        assertThat(failures).as("logins left undecided").isEmpty();
        for (int i = 0; i < RUSH; i++) {
            assertThat(decisions.get(i).firstUse()).as("login %d", i).isTrue();
        }
        String[] counts = given().baseUri(ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.voucher-service.url", String.class))
                .get("/proxy-counts").then().statusCode(200).extract().asString().split(" ");
        assertThat(Integer.parseInt(counts[0])).as("batches tried before going one by one").isBetween(1, 2);
        assertThat(Integer.parseInt(counts[1])).as("single decisions forwarded").isGreaterThanOrEqualTo(RUSH);
    }

    private static int startProxy() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            HttpClient http = HttpClient.newHttpClient();
            server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "older-voucher-service");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", exchange -> {
                try (exchange) {
                    if (exchange.getRequestURI().getPath().equals("/proxy-counts")) {
                        byte[] counts = (BATCHES_REFUSED.get() + " " + FORWARDED.get()).getBytes(UTF_8);
                        exchange.sendResponseHeaders(200, counts.length);
                        exchange.getResponseBody().write(counts);
                        return;
                    }
                    if (exchange.getRequestURI().getPath().equals("/internal/authorize-batch")) {
                        BATCHES_REFUSED.incrementAndGet();
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    forward(http, exchange);
                }
            });
            server.start();
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forward(HttpClient http, HttpExchange exchange) throws IOException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(System.getProperty(UPSTREAM) + exchange.getRequestURI()))
                        .timeout(Duration.ofSeconds(10));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try (InputStream body = exchange.getRequestBody()) {
            request.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            FORWARDED.incrementAndGet();
            response.headers().firstValue("content-type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
    }
}
