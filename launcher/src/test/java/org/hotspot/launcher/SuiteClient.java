package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;

/**
 * What the launcher IT asks a running suite over HTTP and TCP: the platform admin's way in, a
 * router registered the way an installer does it, and whether an address answers at all.
 */
final class SuiteClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SuiteClient() {
    }

    /** Whether a TCP connection to host:port is accepted. Only loopback addresses are ever asked. */
    static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The status code of a GET. */
    static int get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The status code of {@code POST /api/auth/login} as admin with this password. */
    static int adminLogin(String authUrl, String password) throws Exception {
        return post(authUrl + "/api/auth/login", null, login("admin", password)).statusCode();
    }

    /**
     * A router at 127.0.0.1 (where radclient sends from, whatever loopback address it sends to) in a
     * new organization, registered by that organization's admin as an installer would.
     */
    static void registerRouterAtLoopback(String authUrl, String gatewayUrl, String adminPassword, String secret)
            throws Exception {
        String admin = token(authUrl, "admin", adminPassword);
        String organization = created(post(authUrl + "/api/organizations", admin,
                new Document("name", "ISP " + UUID.randomUUID()).append("requireTotp", false).toJson()));
        String username = "installer-" + UUID.randomUUID();
        String password = "installer-password-" + UUID.randomUUID();
        created(post(authUrl + "/api/operators", admin, new Document("username", username)
                .append("password", password).append("role", "ORG_ADMIN").append("organizationId", organization)
                .toJson()));
        created(post(gatewayUrl + "/api/routers", token(authUrl, username, password), new Document("name", "hAP lan")
                .append("site", "lan").append("nasIdentifier", "hap-lan").append("nasIp", "127.0.0.1")
                .append("radiusSecret", secret).toJson()));
    }

    private static String token(String authUrl, String username, String password) throws Exception {
        HttpResponse<String> response = post(authUrl + "/api/auth/login", null, login(username, password));
        assertThat(response.statusCode()).as("login of %s: %s", username, response.body()).isEqualTo(200);
        return Document.parse(response.body()).getString("accessToken");
    }

    private static String login(String username, String password) {
        return new Document("username", username).append("password", password).toJson();
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(201);
        return Document.parse(response.body()).getString("id");
    }

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
