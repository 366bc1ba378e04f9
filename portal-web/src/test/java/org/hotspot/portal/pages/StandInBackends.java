package org.hotspot.portal.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * router-gateway's, voucher-service's and auth-service's internal endpoints for the portal, as the
 * shared design of issue 20 specifies them, answered from a fixed set of routers, cards and codes:
 * so the pages can be tested through HTTP before and apart from the real services (the tests
 * against those use {@code @WithRouterGateway}). Each call must carry the portal's service token.
 */
public class StandInBackends implements QuarkusTestResourceLifecycleManager {

    static final String SERVICE_TOKEN = "portal-pages-test-token-0123456789";
    static final String PUBLIC_URL = "http://portal.test:8080";
    /** A 1×1 PNG. */
    static final String LOGO =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    /** The body of the last precheck, to check what the portal sent. */
    static final AtomicReference<String> LAST_PRECHECK = new AtomicReference<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("hotspot.router-gateway-url", url, "hotspot.voucher-service-url", url, "hotspot.auth-url", url,
                "hotspot.service-token", SERVICE_TOKEN, "hotspot.portal.public-url", PUBLIC_URL);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            if (!SERVICE_TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Hotspot-Service-Token"))) {
                send(exchange, 401, "{}");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            switch (path) {
                case "/internal/routers/r1/portal" -> send(exchange, 200, """
                        {"id":"r1","organizationId":"org1","name":"Lobby","site":"main","nasIp":"10.5.0.1",
                         "hotspotDnsName":"hotspot.test"}""");
                case "/internal/routers/r2/portal" -> send(exchange, 200, """
                        {"id":"r2","organizationId":"org2","name":"Other","site":"x","nasIp":"10.6.0.1",
                         "hotspotDnsName":null}""");
                case "/internal/organizations/org1/hotspots" -> send(exchange, 200, """
                        [{"id":"r9","nasIp":"10.9.0.1","hotspotDnsName":"far.test"},
                         {"id":"r1","nasIp":"127.0.0.1","hotspotDnsName":"hotspot.test"}]""");
                case "/internal/organizations/org3/hotspots" -> send(exchange, 200, "[]");
                case "/internal/organizations/org1/branding" -> send(exchange, 200, """
                        {"id":"org1","name":"Cafe","language":"fr","displayName":"Café <Wifi>",
                         "primaryColor":"#112233","accentColor":"red;} body{x:y","termsText":"Be kind <script>",
                         "logoContentType":"image/png","logo":"%s"}""".formatted(LOGO));
                case "/internal/qr/v1.good" -> send(exchange, 200, """
                        {"organizationId":"org1","voucherId":"v1","code":"abcd-2345"}""");
                case "/internal/qr/v2.other" -> send(exchange, 200, """
                        {"organizationId":"org2","voucherId":"v2","code":"ZZZZ9999"}""");
                case "/internal/qr/v3.lonely" -> send(exchange, 200, """
                        {"organizationId":"org3","voucherId":"v3","code":"LONE1111"}""");
                case "/internal/qr/v4.revoked" -> send(exchange, 410, "{}");
                case "/internal/precheck" -> precheck(exchange, body);
                case "/internal/voucher-status/st-1" -> send(exchange, 200, """
                        {"voucherId":"v1","organizationId":"org1","state":"ACTIVE","profileName":"2h",
                         "timeLeftSeconds":7500,"bytesLeft":null,"validUntil":"2026-12-31T23:00:00Z"}""");
                default -> send(exchange, 404, "{\"status\":404}");
            }
        } finally {
            exchange.close();
        }
    }

    private static void precheck(HttpExchange exchange, String body) throws IOException {
        LAST_PRECHECK.set(body);
        if (!body.contains("\"organizationId\":\"org1\"")) {
            send(exchange, 200, "{\"outcome\":\"unknown\",\"statusToken\":null}");
        } else if (body.contains("\"code\":\"ABCD2345\"")) {
            send(exchange, 200, "{\"outcome\":\"ok\",\"statusToken\":\"st-1\"}");
        } else if (body.contains("\"code\":\"EXHAUST1\"")) {
            send(exchange, 200, "{\"outcome\":\"exhausted\",\"statusToken\":null}");
        } else if (body.contains("\"code\":\"MANYMANY\"")) {
            exchange.getResponseHeaders().add("Retry-After", "60");
            send(exchange, 429, "{\"status\":429}");
        } else {
            send(exchange, 200, "{\"outcome\":\"unknown\",\"statusToken\":null}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
