package org.hotspot.testing.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RouterOS's page substitution, case by case, and the octal escaping of chap-id and chap-challenge. */
class HotspotTemplateTest {

    private static final Map<String, String> VARIABLES = Map.of(
            "chap-id", "\\011",
            "mac", "02:AA:BB:CC:DD:EE",
            "error", "<b>no</b> & \"more\"",
            "identity", "cafe",
            "empty", "");

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("$(mac)", "02:AA:BB:CC:DD:EE"),
                Arguments.of("a$(identity)b$(identity)c", "acafebcafec"),
                Arguments.of("[$(unknown)]", "[]"),
                Arguments.of("not escaped: $(error)", "not escaped: <b>no</b> & \"more\""),
                Arguments.of("$(if chap-id)chap $(chap-id)$(else)pap$(endif)", "chap \\011"),
                Arguments.of("$(if empty)yes$(else)no$(endif)", "no"),
                Arguments.of("$(if unknown)yes$(endif)!", "!"),
                Arguments.of("$(if empty)a$(elif identity)b$(else)c$(endif)", "b"),
                Arguments.of("$(if identity)a$(elif identity)b$(else)c$(endif)", "a"),
                Arguments.of("$(if identity == cafe)same$(else)other$(endif)", "same"),
                Arguments.of("$(if identity == 'bar')same$(else)other$(endif)", "other"),
                Arguments.of("$(if empty)$(if identity)x$(else)y$(endif)$(else)z$(endif)", "z"),
                Arguments.of("$(if identity)$(if empty)x$(else)y$(endif)$(else)z$(endif)", "y"),
                Arguments.of("$ (mac) $(", "$ (mac) $("));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void substitutesAsRouterOsDoes(String template, String page) {
        assertThat(HotspotTemplate.render(template, VARIABLES)).isEqualTo(page);
    }

    @Test
    void unbalancedConditionalsAreRefused() {
        assertThatThrownBy(() -> HotspotTemplate.render("$(if mac)x", VARIABLES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HotspotTemplate.render("x$(endif)", VARIABLES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HotspotTemplate.render("$(else)", VARIABLES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyOctetIsWrittenAsThreeOctalDigits() {
        assertThat(PageChallenge.octal(new byte[] {0, 7, 8, 0x41, (byte) 0xf9, (byte) 0xff}))
                .isEqualTo("\\000\\007\\010\\101\\371\\377");
        PageChallenge challenge = new PageChallenge(2, new byte[] {(byte) 0xf9, 2});
        assertThat(challenge.escapedId()).isEqualTo("\\002");
        assertThat(challenge.escapedChallenge()).isEqualTo("\\371\\002");
    }

    @Test
    void aFreshChallengeIsSixteenOctetsWithAnIdentifierRadclientPassesThrough() {
        PageChallenge challenge = PageChallenge.fresh();
        assertThat(challenge.challenge()).hasSize(16);
        assertThat(challenge.id()).isBetween(0, 31);
        assertThat(challenge.escapedChallenge()).matches("(\\\\[0-3][0-7]{2}){16}");
    }
}
