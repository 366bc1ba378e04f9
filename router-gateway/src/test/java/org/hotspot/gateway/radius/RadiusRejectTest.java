package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.KafkaUsers;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every reject reason, as the router receives it: an Access-Reject with a Reply-Message in the organization's language. */
@QuarkusTest
@WithVoucherService
class RadiusRejectTest {

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectKafka
    String kafka;

    @Inject
    RadiusPorts ports;

    private String organization;
    private String operator;
    private String nasIdentifier;
    private Radclient router;

    @BeforeEach
    void anOrganizationWithARouter() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
        nasIdentifier = nasIdentifier();
        String secret = secret();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        router = Radclient.to("127.0.0.1", ports.authenticationPort(), secret);
    }

    private String code(Map<String, Object> profile) {
        return vouchers.codes(operator, vouchers.newBatch(operator, vouchers.newProfile(operator, profile), 1)).get(0);
    }

    private Reply login(String code, String mac) {
        return router.auth(pap(nasIdentifier, code, code, mac));
    }

    private static void assertRejected(Reply reply, String message) {
        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Reject");
        assertThat(reply.value("Reply-Message")).isEqualTo(message);
        assertThat(reply.attributes()).containsKey("Message-Authenticator");
    }

    @Test
    void unknown() {
        assertRejected(login("ZZZZZZZZZZ", mac()), "This code is not valid. Check it and try again. [unknown]");
    }

    @Test
    void revoked() {
        String code = code(Map.of("timeQuotaSeconds", 600));
        vouchers.revoke(operator, code);

        assertRejected(login(code, mac()), "This voucher has been cancelled. [revoked]");
    }

    @Test
    void disabled() {
        String code = code(Map.of("timeQuotaSeconds", 600));
        vouchers.disable(operator, code);

        assertRejected(login(code, mac()), "This voucher is suspended. Please contact the operator. [disabled]");
    }

    @Test
    void expiredOnceItsValidityAfterFirstUseIsOver() {
        String code = code(Map.of("validitySeconds", 1));
        String mac = mac();
        assertThat(login(code, mac).code()).isEqualTo("Access-Accept");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertRejected(login(code, mac), "This voucher has expired. [expired]"));
    }

    @Test
    void exhaustedOnceSessionServiceReportsItsTimeSpent() throws Exception {
        String code = code(Map.of("timeQuotaSeconds", 60));
        String mac = mac();
        assertThat(login(code, mac).code()).isEqualTo("Access-Accept");
        String voucherId = (String) vouchers.voucher(operator, code).get("id");

        publishUsage(new VoucherUsage(voucherId, 60, 1000, 2000, List.of(), Clock.systemUTC().instant()));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> assertRejected(login(code, mac), "This voucher has no time or data left. [exhausted]"));
    }

    @Test
    void deviceLimit() {
        String code = code(Map.of("timeQuotaSeconds", 600, "sharedUsers", 1));
        assertThat(login(code, mac()).code()).isEqualTo("Access-Accept");

        assertRejected(login(code, mac()),
                "This voucher is already in use on the maximum number of devices. [device-limit]");
    }

    @Test
    void macMismatch() {
        // A locked voucher binds its first devices, as many as it has shared users.
        String code = code(Map.of("timeQuotaSeconds", 600, "sharedUsers", 1, "macLock", true));
        String first = mac();
        assertThat(login(code, first).code()).isEqualTo("Access-Accept");
        assertThat(login(code, first).code()).as("the bound device logs in again").isEqualTo("Access-Accept");

        assertRejected(login(code, mac()), "This voucher is locked to another device. [mac-mismatch]");
    }

    @Test
    void wrongSite() {
        String code = code(Map.of("timeQuotaSeconds", 600, "sites", List.of("airport")));

        assertRejected(login(code, mac()), "This voucher is not valid at this location. [wrong-site]");
    }

    @Test
    void replyMessagesAreInTheOrganizationsLanguage() {
        String arabic = auth.newOrganization("مقهى الواحة", "ar");
        String nas = nasIdentifier();
        String secret = secret();
        registerRouter(auth.tokenFor(arabic, "ORG_ADMIN"), nas, secret, "site-a", 3799);

        Reply reply = Radclient.to("127.0.0.1", ports.authenticationPort(), secret)
                .auth(pap(nas, "ZZZZZZZZZZ", "ZZZZZZZZZZ", mac()));

        assertRejected(reply, "هذا الرمز غير صالح. تحقق منه وحاول مرة أخرى. [unknown]");
    }

    @Test
    void aDeviceGuessingCodesIsRefusedForACoolDownEvenWithAGoodCode() {
        String good = code(Map.of("timeQuotaSeconds", 600));
        String guesser = mac();
        List<List<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            guesses.add(List.of(pap(nasIdentifier, "GUESS" + i + "ABCD", "GUESS" + i + "ABCD", guesser)));
        }
        assertThat(router.sendAll("auth", guesses))
                .allSatisfy(reply -> assertThat(reply.code()).isEqualTo("Access-Reject"));

        assertRejected(login(good, guesser), "Too many failed attempts. Please wait a few minutes. [throttled]");
        assertThat(login(good, mac()).code()).as("another device is not affected").isEqualTo("Access-Accept");
    }

    private void publishUsage(VoucherUsage usage) throws Exception {
        Properties config = new Properties();
        config.putAll(KafkaUsers.writerOf(kafka, VoucherUsage.TYPE.topic()));
        config.put("bootstrap.servers", kafka);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            String json = new String(new EventCodec().encode(Event.of(VoucherUsage.TYPE, organization, usage,
                    Clock.systemUTC())), StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(VoucherUsage.TYPE.topic(), usage.voucherId(), json)).get();
        }
    }
}
