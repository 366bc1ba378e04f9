package org.hotspot.portal.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyMessageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "This voucher has no time or data left. [exhausted]|exhausted",
            "Unknown code. [unknown]  |unknown",
            "Too many devices. [device-limit]|device-limit",
            "[throttled]|throttled",
            // MikroTik's own errors carry no code.
            "invalid username or password|NONE",
            "chap-missing|NONE",
            // Not at the end, upper case, not letters: not a code.
            "[exhausted] and more|NONE",
            "Nope [EXHAUSTED]|NONE",
            "<script>[x1]|NONE",
            "''|NONE",
            "NONE|NONE",
    })
    void readsTheReasonCode(String error, String reason) {
        assertThat(ReplyMessage.reason(error).orElse(null)).isEqualTo(reason);
    }
}
