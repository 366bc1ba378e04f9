package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hidden User-Password of RFC 2865 §5.2: one 16-octet block per 16 octets of password, chained. */
class UserPasswordTest {

    private static final byte[] SECRET = utf8("s3cr3t-nas-7");
    private static final byte[] AUTHENTICATOR = hex("8f02d473671982c2613b8f430edbec78");

    @ParameterizedTest
    @CsvSource({"1, 16", "15, 16", "16, 16", "17, 32", "32, 32", "33, 48", "128, 128"})
    void hidesIntoWholeBlocksAndRevealsTheSamePassword(int length, int hiddenLength) {
        byte[] password = password(length);

        byte[] hidden = UserPassword.hide(password, SECRET, AUTHENTICATOR);

        assertThat(hidden).hasSize(hiddenLength);
        assertThat(UserPassword.reveal(hidden, SECRET, AUTHENTICATOR)).isEqualTo(password);
        assertThat(UserPassword.matches(hidden, password, SECRET, AUTHENTICATOR)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16, 17, 128})
    void anotherSecretRevealsSomethingElse(int length) {
        byte[] password = password(length);
        byte[] hidden = UserPassword.hide(password, SECRET, AUTHENTICATOR);

        assertThat(UserPassword.reveal(hidden, utf8("s3cr3t-nas-8"), AUTHENTICATOR)).isNotEqualTo(password);
        assertThat(UserPassword.matches(hidden, password, utf8("s3cr3t-nas-8"), AUTHENTICATOR)).isFalse();
    }

    @Test
    void anotherRequestAuthenticatorRevealsSomethingElse() {
        byte[] hidden = UserPassword.hide(utf8("h4ppy-hour"), SECRET, AUTHENTICATOR);
        byte[] otherAuthenticator = AUTHENTICATOR.clone();
        otherAuthenticator[15] ^= 1;

        assertThat(UserPassword.matches(hidden, utf8("h4ppy-hour"), SECRET, otherAuthenticator)).isFalse();
    }

    @Test
    void secondBlockIsChainedOnTheFirstHiddenBlock() {
        byte[] hidden = UserPassword.hide(password(32), SECRET, AUTHENTICATOR);
        byte[] firstBlockChanged = hidden.clone();
        firstBlockChanged[0] ^= 1;

        byte[] revealed = UserPassword.reveal(firstBlockChanged, SECRET, AUTHENTICATOR);

        assertThat(revealed[0]).isEqualTo((byte) (password(32)[0] ^ 1));
        assertThat(Arrays.copyOfRange(revealed, 16, 32)).isNotEqualTo(Arrays.copyOfRange(password(32), 16, 32));
    }

    @Test
    void passwordOfMoreThan128OctetsIsRefused() {
        assertThatThrownBy(() -> UserPassword.hide(password(129), SECRET, AUTHENTICATOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17, 31, 144})
    void hiddenValueThatIsNotWholeBlocksRevealsNothing(int length) {
        byte[] hidden = new byte[length];

        assertThat(UserPassword.reveal(hidden, SECRET, AUTHENTICATOR)).isNull();
        assertThat(UserPassword.matches(hidden, new byte[0], SECRET, AUTHENTICATOR)).isFalse();
    }

    @Test
    void radclientsTwoBlockPasswordReveals() throws Exception {
        RadiusPacket request = PacketCodec.decode(RadclientPackets.PAP_TWO_BLOCKS);
        byte[] hidden = request.first(Attributes.USER_PASSWORD).value();

        assertThat(hidden).hasSize(32);
        assertThat(UserPassword.reveal(hidden, RadclientPackets.SECRET, request.authenticator()))
                .asString().isEqualTo("h4ppy-hour-at-the-lobby");
    }

    /** Printable octets, none of them the NUL that pads the last block. */
    private static byte[] password(int length) {
        byte[] password = new byte[length];
        for (int i = 0; i < length; i++) {
            password[i] = (byte) ('!' + i % 90);
        }
        return password;
    }
}
