package org.hotspot.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.events.voucher.ProjectionKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a router-gateway test relies on when it declares {@link VoucherServiceTestResource}: the
 * packaged voucher-service answers with the configuration the resource hands out. Outside Quarkus,
 * because this module has no application to test it in.
 */
class VoucherServiceResourceTest {

    /**
     * This module builds before the services it starts, so a clean reactor build has no jars to run
     * yet; router-gateway's and session-service's tests, built after them, are where it must work.
     */
    @BeforeAll
    static void packagedServicesBuilt() {
        assumeTrue(PackagedService.isBuilt("auth-service") && PackagedService.isBuilt("voucher-service"),
                "auth-service and voucher-service are not packaged yet (./mvnw install -DskipTests -pl auth-service,voucher-service -am)");
    }

    @Test
    void aBatchMadeThroughTheRealServiceIsAcceptedWithTheHandedOutTokenAndProjectedUnderTheHandedOutKey() {
        Map<String, String> config = new VoucherServiceTestResource().start();
        VoucherService vouchers = VoucherServiceTestResource.running();
        AuthService auth = AuthServiceTestResource.running();
        String organization = auth.newOrganization();
        String admin = auth.tokenFor(organization, "ORG_ADMIN");

        String profile = vouchers.newProfile(admin, Map.of("timeQuotaSeconds", 3600));
        List<String> codes = vouchers.codes(admin, vouchers.newBatch(admin, profile, 5));

        assertThat(codes).hasSize(5).doesNotHaveDuplicates().doesNotContainNull();
        given().baseUri(config.get("hotspot.voucher-service-url")).contentType("application/json")
                .header("X-Hotspot-Service-Token", config.get("hotspot.service-tokens"))
                .body(Map.of("organizationId", organization, "code", codes.get(0), "nasId", "nas-1",
                        "mac", "AA:BB:CC:00:00:01", "sessionId", "session-1"))
                .when().post("/internal/authorize")
                .then().statusCode(200)
                .body("accept", is(true))
                .body("firstUse", is(true));
        assertThat(vouchers.voucher(admin, codes.get(0))).containsEntry("state", "ACTIVE");
        String projected = ProjectionKeys.voucher(organization, CodeLookup.lookupKey(
                Base64.getDecoder().decode(config.get("hotspot.gateway.voucher-lookup-key")), organization,
                CodeLookup.normalize(codes.get(0))));
        await().atMost(Duration.ofSeconds(10)).until(() -> redisHas(projected));
    }

    @Test
    void aRevokedVoucherIsRejectedAsRevoked() {
        VoucherService vouchers = VoucherServiceTestResource.running();
        AuthService auth = AuthServiceTestResource.running();
        String organization = auth.newOrganization();
        String admin = auth.tokenFor(organization, "ORG_ADMIN");
        String code = vouchers.codes(admin, vouchers.newBatch(admin, vouchers.newProfile(admin, Map.of()), 1)).get(0);

        assertThat(vouchers.revoke(admin, code)).containsEntry("state", "REVOKED");

        given().baseUri(vouchers.url()).contentType("application/json")
                .header("X-Hotspot-Service-Token", vouchers.serviceToken())
                .body(Map.of("organizationId", organization, "code", code))
                .when().post("/internal/authorize")
                .then().statusCode(200)
                .body("accept", is(false))
                .body("reason", is("revoked"));
    }

    /** Asked in plain RESP: this test has no Quarkus Redis client to ask with. */
    private static boolean redisHas(String key) throws IOException {
        URI redis = URI.create(new RedisTestResource().address());
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("*2\r\n$6\r\nEXISTS\r\n$" + name.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(name);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return in.read() == ':' && in.read() == '1';
        }
    }
}
