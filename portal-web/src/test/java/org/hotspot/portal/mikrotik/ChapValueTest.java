package org.hotspot.portal.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChapValueTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // As MikroTik writes them: each octet a three-digit octal escape.
            "\\371|f9",
            "\\000|00",
            "\\377\\000\\001|ff0001",
            "\\002\\265\\063\\120|02b53350",
            // A printable octet left as is stands for itself.
            "a\\001b|610162",
            // Not a value a router writes.
            "\\400|NONE",
            "\\38|NONE",
            "\\37|NONE",
            "\\|NONE",
            "é|NONE",
    })
    void unescapes(String escaped, String hex) {
        assertThat(ChapValue.unescape(escaped).map(HexFormat.of()::formatHex).orElse(null)).isEqualTo(hex);
    }

    @Test
    void emptyIsNoValue() {
        assertThat(ChapValue.unescape("")).isEmpty();
        assertThat(ChapValue.unescape(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"255, true", "256, false"})
    void refusesMoreOctetsThanAnyRouterSends(int octets, boolean accepted) {
        assertThat(ChapValue.unescape("\\001".repeat(octets)).isPresent()).isEqualTo(accepted);
    }
}
