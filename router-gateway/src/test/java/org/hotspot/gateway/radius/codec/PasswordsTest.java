package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A password proved by PAP or CHAP, compared in a canonical form: here upper case without dashes. */
class PasswordsTest {

    private static final byte[] SECRET = utf8("s3cr3t-nas-7");
    private static final byte[] AUTHENTICATOR = hex("8f02d473671982c2613b8f430edbec78");
    private static final UnaryOperator<String> CANONICAL = password -> password.isBlank() ? null
            : password.replace("-", "").toUpperCase(Locale.ROOT);

    @Test
    void papIsComparedInTheCanonicalForm() {
        assertThat(Passwords.proves(pap("abcd-2345"), SECRET, "ABCD2345", CANONICAL)).isTrue();
        assertThat(Passwords.proves(pap("ABCD2345"), SECRET, "abcd-2345", CANONICAL)).isTrue();
        assertThat(Passwords.proves(pap("ABCD2346"), SECRET, "ABCD2345", CANONICAL)).isFalse();
    }

    @Test
    void papWithAnotherSecretOrNoCanonicalFormProvesNothing() {
        assertThat(Passwords.proves(pap("ABCD2345"), utf8("s3cr3t-nas-8"), "ABCD2345", CANONICAL)).isFalse();
        assertThat(Passwords.proves(pap(" "), SECRET, " ", CANONICAL)).isFalse();
    }

    /** CHAP hides what was typed: only the password as given and its canonical form can be checked. */
    @Test
    void chapIsCheckedOverThePasswordAsGivenAndItsCanonicalForm() {
        assertThat(Passwords.proves(chap("abcd-2345"), SECRET, "abcd-2345", CANONICAL)).isTrue();
        assertThat(Passwords.proves(chap("ABCD2345"), SECRET, "abcd-2345", CANONICAL)).isTrue();
        assertThat(Passwords.proves(chap("abcd2345"), SECRET, "ABCD-2345", CANONICAL)).isFalse();
    }

    @Test
    void aRequestWithoutPasswordOrAnEmptyPasswordProvesNothing() {
        RadiusPacket none = new RadiusPacket(Codes.ACCESS_REQUEST, 1, AUTHENTICATOR,
                List.of(RadiusAttribute.text(Attributes.USER_NAME, "ABCD2345")));

        assertThat(Passwords.proves(none, SECRET, "ABCD2345", CANONICAL)).isFalse();
        assertThat(Passwords.proves(pap(""), SECRET, "", CANONICAL)).isFalse();
        assertThat(Passwords.proves(pap("ABCD2345"), SECRET, null, CANONICAL)).isFalse();
    }

    private static RadiusPacket pap(String typed) {
        byte[] hidden = UserPassword.hide(utf8(typed), SECRET, AUTHENTICATOR);
        return new RadiusPacket(Codes.ACCESS_REQUEST, 1, AUTHENTICATOR,
                List.of(RadiusAttribute.of(Attributes.USER_PASSWORD, hidden)));
    }

    private static RadiusPacket chap(String typed) {
        byte identifier = 7;
        byte[] value = new byte[17];
        value[0] = identifier;
        System.arraycopy(Chap.response(identifier, utf8(typed), AUTHENTICATOR), 0, value, 1, 16);
        return new RadiusPacket(Codes.ACCESS_REQUEST, 1, AUTHENTICATOR,
                List.of(RadiusAttribute.of(Attributes.CHAP_PASSWORD, value)));
    }
}
