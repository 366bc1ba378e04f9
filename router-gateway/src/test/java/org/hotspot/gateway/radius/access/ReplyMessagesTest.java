package org.hotspot.gateway.radius.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.hotspot.events.voucher.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "fa", "fr"})
    void everyReasonHasItsOwnMessageInEachLanguage(String language) {
        Set<String> seen = new HashSet<>();
        for (RejectReason reason : RejectReason.values()) {
            String message = ReplyMessages.of(reason, language);
            assertThat(message).isNotBlank();
            // A Reply-Message is one RADIUS attribute: at most 253 octets.
            assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(253);
            seen.add(message);
        }
        assertThat(seen).hasSize(RejectReason.values().length);
        assertThat(ReplyMessages.throttled(language)).isNotBlank().isNotIn(seen);
    }

    @Test
    void regionalTagsUseTheirLanguageAndUnknownOnesEnglish() {
        assertThat(ReplyMessages.of(RejectReason.EXPIRED, "fr-CA"))
                .isEqualTo(ReplyMessages.of(RejectReason.EXPIRED, "fr"));
        assertThat(ReplyMessages.of(RejectReason.EXPIRED, "de")).isEqualTo("This voucher has expired.");
        assertThat(ReplyMessages.of(RejectReason.EXPIRED, null)).isEqualTo("This voucher has expired.");
        assertThat(ReplyMessages.of(RejectReason.REVOKED, "fa")).contains("باطل");
    }
}
