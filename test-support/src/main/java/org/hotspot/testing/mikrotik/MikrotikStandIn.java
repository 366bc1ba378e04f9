package org.hotspot.testing.mikrotik;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hotspot.testing.radius.Radclient;

/**
 * A MikroTik hotspot's web server for one device, standing in for the router between a browser and
 * router-gateway. A device not logged in gets the kit's {@code login.html} for any path, with the
 * variables RouterOS fills in (a fresh octal-escaped CHAP challenge each time); the login form,
 * posted to {@code /login}, becomes a real Access-Request sent by radclient; an Access-Accept serves
 * {@code alogin.html} with {@code $(link-redirect)} the posted {@code dst}, an Access-Reject
 * {@code flogin.html} with its Reply-Message in {@code $(error)}, silence {@code login.html} with
 * RouterOS's own "RADIUS server is not responding". {@code /logout} ends the login.
 *
 * <pre>{@code
 * try (MikrotikStandIn router = MikrotikStandIn.start(Router.at("127.0.0.1", "cafe"), Device.random(),
 *         HotspotPages.fromKit(gatewayUrl, adminToken, routerId), gateway.authentication(secret))) {
 *     browser.open(router.url() + "/login");
 * }
 * }</pre>
 */
public final class MikrotikStandIn implements AutoCloseable {

    /** RouterOS's text when RADIUS does not answer (errors.txt, {@code radius-timeout}). */
    public static final String RADIUS_TIMEOUT = "RADIUS server is not responding";

    private final Router router;
    private final Device device;
    private volatile HotspotPages pages;
    private final Radclient radius;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Login> logins = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private PageChallenge lastChallenge = PageChallenge.fresh();
    private String loggedInAs;
    private String lastUserName = "";

    private MikrotikStandIn(Router router, Device device, HotspotPages pages, Radclient radius) throws IOException {
        this.router = router;
        this.device = device;
        this.pages = pages;
        this.radius = radius;
        this.server = HttpServer.create(new InetSocketAddress(router.host(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A stand-in serving {@code pages} on an ephemeral port of {@code router.host()}. */
    public static MikrotikStandIn start(Router router, Device device, HotspotPages pages, Radclient radius) {
        try {
            return new MikrotikStandIn(router, device, pages, radius);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stand-in whose pages come later ({@link #serve}): a router is registered with its hotspot
     * DNS name, which is this server's port, before its kit can be fetched. Until then it answers 503.
     */
    public static MikrotikStandIn start(Router router, Device device, Radclient radius) {
        return start(router, device, null, radius);
    }

    /** Serves these pages from now on (the kit fetched once the router is registered). */
    public MikrotikStandIn serve(HotspotPages kit) {
        this.pages = kit;
        return this;
    }

    /** {@code http://host:port}, with no path. */
    public String url() {
        return "http://" + hostAndPort();
    }

    /** {@code host:port}: the hotspot DNS name to register for this router. */
    public String hostAndPort() {
        return router.host() + ":" + server.getAddress().getPort();
    }

    /** The device it serves. */
    public Device device() {
        return device;
    }

    /** Every login form received, in order, with router-gateway's answer. */
    public List<Login> logins() {
        return List.copyOf(logins);
    }

    /** The user names router-gateway accepted, in order. */
    public List<String> acceptedUserNames() {
        return logins.stream().filter(Login::accepted).map(Login::username).toList();
    }

    /** The attributes of the last Access-Accept, name to values; empty if none yet. */
    public Map<String, List<String>> lastAcceptAttributes() {
        List<Login> accepted = logins.stream().filter(Login::accepted).toList();
        return accepted.isEmpty() ? Map.of() : accepted.get(accepted.size() - 1).reply().attributes();
    }

    /** Every request seen, {@code METHOD path}, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The user name logged in now, or {@code null}. */
    public synchronized String loggedInAs() {
        return loggedInAs;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            FormRequest request = FormRequest.read(exchange);
            route(request);
        }
    }

    private synchronized void route(FormRequest request) throws IOException {
        if (pages == null) {
            request.text(503, "no hotspot pages yet");
            return;
        }
        switch (request.path()) {
            case "/login" -> login(request);
            case "/logout" -> logout(request);
            // Browsers ask for it on their own; serving a login page would spend the page's challenge.
            case "/favicon.ico" -> request.text(404, "not found");
            default -> {
                if (loggedInAs != null) {
                    request.text(200, "online as " + loggedInAs);
                } else {
                    loginPage(request, pages.login(), request.requestedUrl(url()), "");
                }
            }
        }
    }

    private void login(FormRequest request) throws IOException {
        String dst = request.field("dst");
        if (request.field("username").isEmpty()) {
            if (loggedInAs != null) {
                request.html(200, HotspotTemplate.render(pages.alogin(), variables(dst, dst, "", null)));
            } else {
                loginPage(request, pages.login(), dst, "");
            }
            return;
        }
        lastUserName = request.field("username");
        Login login = authenticate(lastUserName, request.field("password"));
        logins.add(login);
        if (login.accepted()) {
            loggedInAs = login.username();
            request.html(200, HotspotTemplate.render(pages.alogin(), variables(dst, dst, "", null)));
        } else if (login.reply().answered()) {
            String message = login.reply().value("Reply-Message");
            loginPage(request, pages.flogin(), dst, message == null ? "invalid username or password" : message);
        } else {
            loginPage(request, pages.login(), dst, RADIUS_TIMEOUT);
        }
    }

    private void logout(FormRequest request) throws IOException {
        loggedInAs = null;
        request.html(200, HotspotTemplate.render(pages.logout(), variables("", "", "", null)));
    }

    private void loginPage(FormRequest request, String template, String linkOrig, String error) throws IOException {
        lastChallenge = PageChallenge.fresh();
        request.html(200, HotspotTemplate.render(template, variables(linkOrig, linkOrig, error,
                router.chap() ? lastChallenge : null)));
    }

    /** The Access-Request a RouterOS hotspot sends for this form, through radclient. */
    private Login authenticate(String username, String password) {
        boolean chap = router.chap() && password.matches("[0-9a-fA-F]{32}");
        List<String> attributes = new ArrayList<>();
        attributes.add(Radclient.text("User-Name", username));
        if (chap) {
            attributes.add(lastChallenge.passwordLine(password));
            attributes.add(lastChallenge.challengeLine());
        } else {
            attributes.add(Radclient.text("User-Password", password));
        }
        attributes.add(Radclient.text("NAS-Identifier", router.identity()));
        attributes.add("NAS-IP-Address = " + router.nasIp());
        attributes.add(Radclient.text("Calling-Station-Id", device.mac()));
        attributes.add("Framed-IP-Address = " + device.ip());
        attributes.add(Radclient.text("Called-Station-Id", router.serverName()));
        attributes.add(Radclient.text("Acct-Session-Id", UUID.randomUUID().toString().substring(0, 8)));
        attributes.add("NAS-Port-Type = Wireless-802.11");
        attributes.add("Service-Type = Login-User");
        attributes.add("Message-Authenticator = 0x00");
        Radclient.Reply reply;
        try {
            reply = radius.send("auth", attributes);
        } catch (IllegalStateException e) {
            reply = new Radclient.Reply(null, Map.of(), String.valueOf(e.getMessage()));
        }
        return new Login(username, chap ? "CHAP" : "PAP", reply);
    }

    /** The variables RouterOS fills in, for the page at hand. */
    private Map<String, String> variables(String linkOrig, String linkRedirect, String error, PageChallenge chap) {
        String base = url();
        String origEsc = URLEncoder.encode(linkOrig, StandardCharsets.UTF_8);
        Map<String, String> variables = new HashMap<>();
        variables.put("link-login-only", base + "/login");
        variables.put("link-login", base + "/login" + (linkOrig.isEmpty() ? "" : "?dst=" + origEsc));
        variables.put("link-orig", linkOrig);
        variables.put("link-orig-esc", origEsc);
        variables.put("link-redirect", linkRedirect);
        variables.put("link-logout", base + "/logout");
        variables.put("link-status", base + "/status");
        variables.put("mac", device.mac());
        variables.put("mac-esc", URLEncoder.encode(device.mac(), StandardCharsets.UTF_8));
        variables.put("ip", device.ip());
        variables.put("chap-id", chap == null ? "" : chap.escapedId());
        variables.put("chap-challenge", chap == null ? "" : chap.escapedChallenge());
        variables.put("error", error);
        variables.put("error-orig", error);
        variables.put("identity", router.identity());
        variables.put("username", lastUserName);
        variables.put("server-name", router.serverName());
        variables.put("hostname", hostAndPort().toLowerCase(Locale.ROOT));
        return variables;
    }
}
