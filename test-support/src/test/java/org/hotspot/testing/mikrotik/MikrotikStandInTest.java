package org.hotspot.testing.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aaa4j.radius.core.attribute.IntegerData;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.attributes.CallingStationId;
import org.aaa4j.radius.core.attribute.attributes.ChapChallenge;
import org.aaa4j.radius.core.attribute.attributes.ChapPassword;
import org.aaa4j.radius.core.attribute.attributes.FramedIpAddress;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.NasIdentifier;
import org.aaa4j.radius.core.attribute.attributes.ReplyMessage;
import org.aaa4j.radius.core.attribute.attributes.SessionTimeout;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.attribute.attributes.UserPassword;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.packets.AccessAccept;
import org.aaa4j.radius.core.packet.packets.AccessReject;
import org.hotspot.testing.radius.Aaa4jServer;
import org.hotspot.testing.radius.Radclient;
import org.junit.jupiter.api.Test;

/**
 * The stand-in between an HTTP client and a RADIUS server built on aaa4j: the CHAP response posted
 * for the page's octal-escaped challenge reaches RADIUS as the router would send it, checked with
 * an MD5 computed here; accept, reject and silence each serve the page a MikroTik serves.
 */
class MikrotikStandInTest {

    private static final String SECRET = "testing123";
    private static final Pattern VARIABLE = Pattern.compile("(\\w[\\w-]*)=<<(.*?)>>");
    private static final HotspotPages PAGES = new HotspotPages(
            "LOGIN chap-id=<<$(chap-id)>> chap-challenge=<<$(chap-challenge)>> error=<<$(error)>> link-orig=<<$(link-orig)>>"
                    + " link-login-only=<<$(link-login-only)>> mac=<<$(mac)>> ip=<<$(ip)>> identity=<<$(identity)>>"
                    + " $(if chap-id)mode=<<chap>>$(else)mode=<<pap>>$(endif)",
            "FLOGIN error=<<$(error)>> username=<<$(username)>> chap-challenge=<<$(chap-challenge)>>",
            "ALOGIN link-redirect=<<$(link-redirect)>> username=<<$(username)>>",
            "LOGOUT");
    private static final Device DEVICE = new Device("02:11:22:33:44:55", "10.5.50.23");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aChapLoginCarriesThePagesIdentifierAndChallengeAndTheAcceptServesAlogin() throws Exception {
        try (Aaa4jServer radius = new Aaa4jServer(SECRET,
                request -> new AccessAccept(List.of(new SessionTimeout(new IntegerData(3600)))));
                MikrotikStandIn router = start(Router.at("127.0.0.1", "cafe"), radius)) {
            Map<String, String> page = variables(get(router.url() + "/generate_204?x=1"));
            assertThat(page).containsEntry("mode", "chap").containsEntry("error", "")
                    .containsEntry("link-orig", router.url() + "/generate_204?x=1")
                    .containsEntry("link-login-only", router.url() + "/login")
                    .containsEntry("mac", DEVICE.mac()).containsEntry("ip", DEVICE.ip())
                    .containsEntry("identity", "cafe");
            byte[] id = unescape(page.get("chap-id"));
            byte[] challenge = unescape(page.get("chap-challenge"));
            assertThat(id).hasSize(1);
            assertThat(challenge).hasSize(16);
            byte[] response = md5(id, "ABCD2345".getBytes(StandardCharsets.UTF_8), challenge);

            String answer = post(router.url() + "/login", Map.of("username", "ABCD2345",
                    "password", HexFormat.of().formatHex(response), "dst", "http://portal.example/online?t=1",
                    "popup", "false"));

            assertThat(variables(answer)).containsEntry("link-redirect", "http://portal.example/online?t=1")
                    .containsEntry("username", "ABCD2345");
            Packet request = radius.received.get(0);
            assertThat(request.getAttribute(ChapPassword.class).orElseThrow().getData().getValue())
                    .isEqualTo(concat(id, response));
            assertThat(request.getAttribute(ChapChallenge.class).orElseThrow().getData().getValue())
                    .isEqualTo(challenge);
            assertThat(request.getAttribute(UserName.class).orElseThrow().getData().getValue()).isEqualTo("ABCD2345");
            assertThat(request.getAttribute(NasIdentifier.class).orElseThrow().getData().getValue()).isEqualTo("cafe");
            assertThat(request.getAttribute(CallingStationId.class).orElseThrow().getData().getValue())
                    .isEqualTo(DEVICE.mac());
            assertThat(request.getAttribute(FramedIpAddress.class).orElseThrow().getData().getValue().getHostAddress())
                    .isEqualTo(DEVICE.ip());
            assertThat(request.getAttribute(MessageAuthenticator.class)).isPresent();
            assertThat(router.logins()).extracting(Login::method).containsExactly("CHAP");
            assertThat(router.acceptedUserNames()).containsExactly("ABCD2345");
            assertThat(router.lastAcceptAttributes()).containsEntry("Session-Timeout", List.of("3600"));
            assertThat(router.loggedInAs()).isEqualTo("ABCD2345");

            assertThat(get(router.url() + "/logout")).isEqualTo("LOGOUT");
            assertThat(router.loggedInAs()).isNull();
        }
    }

    @Test
    void aRejectServesFloginWithItsReplyMessageAndAFreshChallenge() throws Exception {
        String message = "This voucher has no time or data left. [exhausted]";
        try (Aaa4jServer radius = new Aaa4jServer(SECRET,
                request -> new AccessReject(List.of(new ReplyMessage(new TextData(message)))));
                MikrotikStandIn router = start(Router.at("127.0.0.1", "cafe"), radius)) {
            String first = variables(get(router.url() + "/login")).get("chap-challenge");

            Map<String, String> page = variables(post(router.url() + "/login",
                    Map.of("username", "spent", "password", "0123456789abcdef0123456789abcdef", "dst", "")));

            assertThat(page).containsEntry("error", message).containsEntry("username", "spent");
            assertThat(page.get("chap-challenge")).isNotEmpty().isNotEqualTo(first);
            assertThat(router.logins()).singleElement().satisfies(login -> assertThat(login.accepted()).isFalse());
            assertThat(router.acceptedUserNames()).isEmpty();
        }
    }

    @Test
    void silenceServesTheLoginPageWithRouterOsTimeoutText() throws Exception {
        try (Aaa4jServer radius = new Aaa4jServer(SECRET, request -> null);
                MikrotikStandIn router = MikrotikStandIn.start(Router.at("127.0.0.1", "cafe"), DEVICE, PAGES,
                        Radclient.to("127.0.0.1", radius.port(), SECRET).timeout(Duration.ofMillis(300)))) {
            get(router.url() + "/login");
            String answer = post(router.url() + "/login", Map.of("username", "x", "password", "y"));
            assertThat(answer).startsWith("LOGIN");
            assertThat(variables(answer)).containsEntry("error", MikrotikStandIn.RADIUS_TIMEOUT);
        }
    }

    @Test
    void aPapOnlyRouterOffersNoChallengeAndSendsThePasswordAsUserPassword() throws Exception {
        try (Aaa4jServer radius = new Aaa4jServer(SECRET, request -> new AccessAccept(List.of()));
                MikrotikStandIn router = start(Router.at("127.0.0.1", "cafe").papOnly(), radius)) {
            assertThat(variables(get(router.url() + "/login"))).containsEntry("mode", "pap").containsEntry("chap-id",
                    "");

            post(router.url() + "/login?username=abcd-2345&password=abcd-2345&dst=http%3A%2F%2Fportal%2F", Map.of());

            Packet request = radius.received.get(0);
            assertThat(request.getAttribute(UserPassword.class).orElseThrow().getData().getValue())
                    .isEqualTo("abcd-2345".getBytes(StandardCharsets.UTF_8));
            assertThat(request.getAttribute(ChapPassword.class)).isEmpty();
            assertThat(router.logins()).extracting(Login::method).containsExactly("PAP");
        }
    }

    private static MikrotikStandIn start(Router router, Aaa4jServer radius) {
        return MikrotikStandIn.start(router, DEVICE, PAGES, Radclient.to("127.0.0.1", radius.port(), SECRET));
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, String> variables(String page) {
        Map<String, String> found = new HashMap<>();
        Matcher matcher = VARIABLE.matcher(page);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    /** {@code \ooo\ooo...} to octets, written here apart from the stand-in's own escaping. */
    private static byte[] unescape(String escaped) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        Matcher octal = Pattern.compile("\\\\([0-7]{3})").matcher(escaped);
        int at = 0;
        while (octal.find()) {
            assertThat(octal.start()).as("nothing but escapes in " + escaped).isEqualTo(at);
            octets.write(Integer.parseInt(octal.group(1), 8));
            at = octal.end();
        }
        assertThat(at).isEqualTo(escaped.length());
        return octets.toByteArray();
    }

    private static byte[] md5(byte[]... parts) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (byte[] part : parts) {
            md5.update(part);
        }
        return md5.digest();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
