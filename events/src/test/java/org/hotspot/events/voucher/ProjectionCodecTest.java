package org.hotspot.events.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hotspot.events.voucher.VoucherProjection.Device;
import org.junit.jupiter.api.Test;

/** The hand-written voucher reader gives what Jackson's data binding gives, and refuses what it refuses. */
class ProjectionCodecTest {

    private final ProjectionCodec codec = new ProjectionCodec();

    @Test
    void readsEveryWrittenProjectionAsTheDataBindingDoes() {
        Random random = new Random(20261129);
        for (int i = 0; i < 2_000; i++) {
            VoucherProjection written = projection(random);
            String json = codec.write(written);
            VoucherProjection read = codec.read(json, VoucherProjection.class);
            assertThat(read).as(json).isEqualTo(written).isEqualTo(codec.bound(json, VoucherProjection.class));
        }
    }

    @Test
    void skipsUnknownFieldsAndTakesNullsAsTheDataBindingDoes() {
        for (String json : new String[] {
                "{\"voucherId\":\"v\",\"future\":{\"a\":[1,2,{\"b\":null}]},\"state\":\"ACTIVE\",\"version\":3}",
                "{\"voucherId\":null,\"state\":null,\"bytesIn\":null,\"boundMacs\":null,\"devices\":null}",
                "{\"devices\":[{\"mac\":\"AA:BB:CC:DD:EE:FF\",\"seenAt\":\"2026-11-29T07:15:50.1Z\",\"extra\":true}]}",
                "{\"validUntil\":\"+10000-01-01T00:00:00Z\",\"expiresAt\":\"0000-01-01T00:00:00Z\"}",
                "{\"validUntil\":\"2026-11-29T24:00:00Z\"}",
                "{}"}) {
            VoucherProjection read = codec.read(json, VoucherProjection.class);
            assertThat(read).as(json).isNotNull().isEqualTo(codec.bound(json, VoucherProjection.class));
        }
    }

    @Test
    void anEntryItCannotReadIsNoEntry() {
        for (String json : new String[] {"", "[]", "{", "{\"state\":\"LOST\"}", "{\"bytesIn\":\"12\"}",
                "{\"validUntil\":\"yesterday\"}", "{\"validUntil\":\"2026-02-30T00:00:00Z\"}",
                "{\"devices\":{}}", "{} {}", "null"}) {
            assertThat(codec.read(json, VoucherProjection.class)).as(json).isNull();
        }
    }

    @Test
    void instantsInEveryPrecisionTheFormatterWrites() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_799L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(VoucherProjectionReader.instant(instant.toString())).isEqualTo(instant);
        }
        assertThat(VoucherProjectionReader.instant("2026-11-29T07:15:50.5Z"))
                .isEqualTo(Instant.parse("2026-11-29T07:15:50.5Z"));
    }

    private static VoucherProjection projection(Random random) {
        List<String> macs = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            macs.add(mac(random));
        }
        List<Device> devices = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            devices.add(new Device(mac(random), random.nextBoolean() ? "s-" + random.nextInt() : null,
                    random.nextBoolean() ? "nas \"" + random.nextInt(9) + "\" \u0645" : null, instant(random)));
        }
        VoucherState[] states = VoucherState.values();
        return new VoucherProjection("v-" + random.nextLong(), "org-" + random.nextInt(9),
                random.nextBoolean() ? "b-" + random.nextInt() : null, "p-" + random.nextInt(99),
                states[random.nextInt(states.length)], instant(random), instant(random), instant(random),
                random.nextLong(0, 1L << 40), random.nextLong(0, Long.MAX_VALUE), random.nextLong(0, 1L << 50), macs,
                devices, random.nextLong(0, 1L << 33), random.nextInt(4),
                random.nextBoolean() ? "reseller-" + random.nextInt(9) : null);
    }

    private static Instant instant(Random random) {
        return random.nextInt(4) == 0 ? null
                : Instant.ofEpochSecond(random.nextLong(1_700_000_000L, 1_900_000_000L),
                        random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    }

    private static String mac(Random random) {
        return String.format("%02X:%02X:%02X:%02X:%02X:%02X", random.nextInt(256), random.nextInt(256),
                random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }
}
