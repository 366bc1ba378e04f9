package org.hotspot.portal.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 1994 §4.1: Response = MD5(Identifier ‖ secret ‖ Challenge). The expected values were computed
 * apart from Java, by coreutils over the octets written out:
 * {@code printf '\371ABCD2345\002\265\063\120\272\174\337\001\223\044\376\000\150\210\046\377' | md5sum}.
 */
class ChapResponseTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\\371|ABCD2345|\\002\\265\\063\\120\\272\\174\\337\\001\\223\\044\\376\\000\\150\\210\\046\\377"
                    + "|e8d3fd2feb169512f8a48eedcce13358",
            "\\000|password|\\000\\001\\002\\003|601eeba5c699f8fa36ad8d63b23f0aac",
    })
    void matchesTheRfcDefinition(String chapId, String secret, String challenge, String expected) {
        byte[] id = ChapValue.unescape(chapId).orElseThrow();
        byte[] octets = ChapValue.unescape(challenge).orElseThrow();

        assertThat(ChapResponse.of(id, secret, octets)).isEqualTo(expected);
    }

    @Test
    void identifierIsOneOctet() {
        assertThatThrownBy(() -> ChapResponse.of(HexFormat.of().parseHex("0102"), "x", new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
