package org.hotspot.gateway.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "cafe-front|\"cafe-front\"",
            "say \"hi\"|\"say \\\"hi\\\"\"",
            "$(pwd) costs $5?|\"\\$(pwd) costs \\$5\\?\"",
            "back\\slash|\"back\\\\slash\"",
            "كافيه|\"\\D9\\83\\D8\\A7\\D9\\81\\D9\\8A\\D9\\87\"",
    })
    void routerOsStringsKeepTheirValueAndRunNothing(String value, String quoted) {
        assertThat(Quoting.routerOs(value)).isEqualTo(quoted);
    }

    @Test
    void aLineBreakCannotStartAnotherCommand() {
        assertThat(Quoting.routerOs("x\n/system reset-configuration"))
                .isEqualTo("\"x\\0A/system reset-configuration\"");
        assertThat(Quoting.routerOs("tab\there\r")).isEqualTo("\"tab\\09here\\0D\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "http://portal.example/|http://portal.example/",
            "\"><script>x</script>|&quot;&gt;&lt;script&gt;x&lt;/script&gt;",
            "a&b's|a&amp;b&#39;s",
    })
    void htmlValuesStayInsideTheirAttribute(String value, String escaped) {
        assertThat(Quoting.html(value)).isEqualTo(escaped);
    }
}
