package org.hotspot.events.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.hotspot.keys.KeyMaterial;
import org.junit.jupiter.api.Test;

class ProjectionSealTest {

    private static final String KEY_A = ProjectionKeys.voucher("org1", "a".repeat(64));
    private static final String KEY_B = ProjectionKeys.voucher("org1", "b".repeat(64));
    private static final Instant AT = Instant.parse("2026-12-07T05:00:00Z");

    private final ProjectionCodec codec = new ProjectionCodec();
    private final ProjectionSeal seal = ProjectionSeal.parse(KeyMaterial.newKeyring("k1"));

    private String json(VoucherState state, long version) {
        return codec.write(new VoucherProjection("v1", "org1", "b1", "p1", state, null, AT, null, 0, 0, 0,
                List.of(), List.of(), version));
    }

    @Test
    void aSealedEntryOpensUnderItsKeyAndStillReadsAsTheProjection() {
        String sealed = seal.seal(KEY_A, json(VoucherState.ACTIVE, 3), AT);

        ProjectionSeal.Opened opened = seal.open(KEY_A, sealed);

        assertThat(opened).isNotNull();
        assertThat(opened.signedAt()).isEqualTo(AT.toEpochMilli());
        VoucherProjection read = codec.read(opened.json(), VoucherProjection.class);
        assertThat(read.state()).isEqualTo(VoucherState.ACTIVE);
        assertThat(read.version()).isEqualTo(3);
        // A reader that knows nothing of seals reads the entry all the same.
        assertThat(codec.bound(sealed, VoucherProjection.class)).isEqualTo(read);
    }

    @Test
    void anEntryWithoutAMacOrMovedToAnotherKeyOrEditedDoesNotOpen() {
        String plain = json(VoucherState.ACTIVE, 3);
        String sealed = seal.seal(KEY_A, plain, AT);

        assertThat(seal.open(KEY_A, plain)).as("no MAC").isNull();
        assertThat(seal.open(KEY_B, sealed)).as("another voucher's key").isNull();
        assertThat(seal.open(KEY_A, sealed.replace("\"ACTIVE\"", "\"UNUSED\""))).as("state edited").isNull();
        assertThat(seal.open(KEY_A, sealed.replace("\"version\":3", "\"version\":9"))).as("version edited").isNull();
        assertThat(seal.open(KEY_A,
                sealed.replace(Long.toString(AT.toEpochMilli()), Long.toString(AT.toEpochMilli() + 1))))
                .as("signing time edited").isNull();
        // The MAC's last character changed to another (replacing it with a fixed one was a no-op one time in 16).
        char last = sealed.charAt(sealed.length() - 3);
        String editedMac = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'Q' : 'A') + "\"}";
        assertThat(seal.open(KEY_A, editedMac)).as("MAC edited").isNull();
        assertThat(seal.open(KEY_A, "")).isNull();
        assertThat(seal.open(KEY_A, "{\"mac\":\"\"}")).isNull();
    }

    @Test
    void anotherKeyringsSealDoesNotOpenButARotatedRingStillOpensTheOldKeysEntries() {
        String oldRing = KeyMaterial.newKeyring("k1");
        String sealed = ProjectionSeal.parse(oldRing).seal(KEY_A, json(VoucherState.ACTIVE, 3), AT);

        assertThat(seal.open(KEY_A, sealed)).as("a stranger's key of the same id").isNull();
        ProjectionSeal rotated = ProjectionSeal.parse(KeyMaterial.newKeyring("k2") + "," + oldRing);
        assertThat(rotated.open(KEY_A, sealed)).isNotNull();
        assertThat(rotated.seal(KEY_A, json(VoucherState.ACTIVE, 3), AT)).contains("\"kid\":\"k2\"");
    }

    @Test
    void aKeyringMustHoldIdsAndLongKeys() {
        assertThatThrownBy(() -> ProjectionSeal.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectionSeal.parse("AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectionSeal.parse("k1:AAAA")).hasMessageContaining("32 bytes");
    }
}
