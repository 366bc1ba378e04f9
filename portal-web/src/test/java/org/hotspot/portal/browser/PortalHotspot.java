package org.hotspot.portal.browser;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.Topic;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.mikrotik.Device;
import org.hotspot.testing.mikrotik.HotspotPages;
import org.hotspot.testing.mikrotik.MikrotikStandIn;
import org.hotspot.testing.mikrotik.Router;
import org.hotspot.testing.radius.Radclient;

/**
 * One organization's hotspot, set up as an operator does it: an organization with its admin, a
 * plan with a time and a data quota, a batch of vouchers, a router registered with the stand-in's
 * address as its hotspot DNS name, and the stand-in serving the router kit's pages to one phone.
 */
final class PortalHotspot implements AutoCloseable {

    /** The portal URL the packaged services were started with; the kit and the QR links carry it. */
    static final String DEFAULT_PORTAL = "http://127.0.0.1:8080";
    static final long DATA_QUOTA = 200_000_000L;
    static final long TIME_QUOTA = 7_200L;

    private final VoucherService vouchers;
    private final RouterGateway gateway;
    private final String kafka;
    private final String portal;
    private final String organization;
    private final String operator;
    private final String secret = RouterGateway.newSecret();
    private final String nasIdentifier = RouterGateway.newNasIdentifier();
    private final List<String> codes;
    private final MikrotikStandIn router;
    private final String routerId;

    /**
     * @param portal this test's portal-web, {@code http://host:port} with no path
     * @param kafka  the broker's bootstrap address, for the usage session-service would report
     */
    PortalHotspot(AuthService auth, VoucherService vouchers, RouterGateway gateway, String kafka, String portal,
            String language) {
        this(auth, vouchers, gateway, kafka, portal, language, false);
    }

    /** As above; {@code papOnly}: a router whose hotspot allows {@code http-pap} only (no CHAP challenge). */
    PortalHotspot(AuthService auth, VoucherService vouchers, RouterGateway gateway, String kafka, String portal,
            String language, boolean papOnly) {
        this.vouchers = vouchers;
        this.gateway = gateway;
        this.kafka = kafka;
        this.portal = portal;
        this.organization = auth.newOrganization("Café " + UUID.randomUUID().toString().substring(0, 8), language);
        String admin = auth.tokenFor(organization, "ORG_ADMIN");
        this.operator = auth.tokenFor(organization, "OPERATOR");
        String plan =
                vouchers.newProfile(operator, Map.of("timeQuotaSeconds", TIME_QUOTA, "dataQuotaBytes", DATA_QUOTA));
        this.codes = vouchers.codes(operator, vouchers.newBatch(operator, plan, 12));
        this.router = MikrotikStandIn.start(papOnly ? Router.at("127.0.0.1", nasIdentifier).papOnly()
                : Router.at("127.0.0.1", nasIdentifier), Device.random(),
                gateway.authentication(secret).timeout(Duration.ofSeconds(3)));
        try {
            this.routerId = register(admin);
            router.serve(HotspotPages.fromKit(gateway.url(), admin, routerId).replacing(DEFAULT_PORTAL, portal));
        } catch (RuntimeException | AssertionError e) {
            router.close();
            throw e;
        }
    }

    /** Registers the router with the stand-in's address as its hotspot DNS name; its id. */
    private String register(String admin) {
        Map<String, Object> body = new HashMap<>(RouterGateway.routerAtLoopback(nasIdentifier, secret, "site-a", 3799));
        body.put("hotspotDnsName", router.hostAndPort());
        return RouterGateway.register(given().baseUri(gateway.url()), admin, body);
    }

    MikrotikStandIn router() {
        return router;
    }

    String routerId() {
        return routerId;
    }

    /** The {@code n}th voucher's code, as printed on its card. */
    String code(int n) {
        return codes.get(n);
    }

    /** Revokes the voucher as an operator does; its code. */
    String revoked(int n) {
        vouchers.revoke(operator, codes.get(n));
        return codes.get(n);
    }

    /**
     * A voucher with no data left: logged in once from another device (radclient, as a router),
     * then its usage past the quota reported as session-service reports it; its code once
     * voucher-service says it is exhausted.
     */
    String exhausted(int n) {
        String code = codes.get(n);
        Radclient.Reply login = gateway.authentication(secret).auth(Radclient.text("User-Name", code),
                Radclient.text("User-Password", code), Radclient.text("NAS-Identifier", nasIdentifier),
                "NAS-IP-Address = 127.0.0.1", Radclient.text("Calling-Station-Id", "02:00:00:00:00:01"),
                "Message-Authenticator = 0x00");
        if (!"Access-Accept".equals(login.code())) {
            throw new AssertionError("the first login was not accepted:\n" + login.transcript());
        }
        String voucherId = (String) vouchers.voucher(operator, code).get("id");
        VoucherUsage usage = new VoucherUsage(voucherId, 600, DATA_QUOTA / 2, DATA_QUOTA / 2 + 1, List.of(),
                Instant.now());
        Event<VoucherUsage> event = Event.of(VoucherUsage.TYPE, organization, usage, Clock.systemUTC());
        Topic.send(kafka, Topics.SESSION_EVENTS, voucherId, new String(new EventCodec().encode(event), UTF_8));
        await("voucher exhausted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> vouchers.voucher(operator, code).get("state"), "EXHAUSTED"::equals);
        return code;
    }

    /** The link in the voucher's QR code, read from the card's PNG as a phone camera reads it, aimed at this portal. */
    String qrLink(int n) throws Exception {
        byte[] png = given().baseUri(vouchers.url()).auth().oauth2(operator).queryParam("size", 300)
                .when().get("/api/vouchers/{code}/qr.png", codes.get(n))
                .then().statusCode(200)
                .extract().asByteArray();
        String link = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))))).getText();
        return link.replace(DEFAULT_PORTAL, portal);
    }

    /** What the phone opens first: any page, which the router answers with its login page. */
    String captiveUrl() {
        return router.url() + "/generate_204";
    }

    @Override
    public void close() {
        router.close();
    }
}
