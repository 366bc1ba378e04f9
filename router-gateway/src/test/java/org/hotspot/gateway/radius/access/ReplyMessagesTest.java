package org.hotspot.gateway.radius.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotspot.events.voucher.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyMessagesTest {

    /** How the portal reads the reason out of the router's {@code $(error)}. */
    private static final Pattern PORTALS_READING = Pattern.compile("\\[([a-z-]+)\\]\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "fa", "fr", "ru"})
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

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "fa", "fr", "ru"})
    void everyMessageEndsWithTheCodeThePortalTranslates(String language) {
        for (RejectReason reason : RejectReason.values()) {
            assertThat(codeIn(ReplyMessages.of(reason, language))).isEqualTo(reason.wire());
        }
        assertThat(codeIn(ReplyMessages.throttled(language))).isEqualTo("throttled");
    }

    @Test
    void eachLanguageHasItsOwnTexts() {
        Set<String> seen = new HashSet<>();
        for (String language : new String[] {"en", "ar", "fa", "fr", "ru"}) {
            seen.add(ReplyMessages.of(RejectReason.EXHAUSTED, language));
        }
        assertThat(seen).hasSize(5);
        assertThat(ReplyMessages.of(RejectReason.EXHAUSTED, "ru"))
                .isEqualTo("На этом ваучере не осталось времени или трафика. [exhausted]");
    }

    @Test
    void regionalTagsUseTheirLanguageAndUnknownOnesEnglish() {
        assertThat(ReplyMessages.of(RejectReason.EXPIRED, "fr-CA"))
                .isEqualTo(ReplyMessages.of(RejectReason.EXPIRED, "fr"));
        assertThat(ReplyMessages.of(RejectReason.EXPIRED, "de")).isEqualTo("This voucher has expired. [expired]");
        assertThat(ReplyMessages.of(RejectReason.EXPIRED, null)).isEqualTo("This voucher has expired. [expired]");
        assertThat(ReplyMessages.of(RejectReason.REVOKED, "fa")).contains("باطل");
        assertThat(ReplyMessages.throttled("ru-RU")).isEqualTo(ReplyMessages.throttled("ru"));
    }

    private static String codeIn(String message) {
        Matcher matcher = PORTALS_READING.matcher(message);
        assertThat(matcher.find()).as(message).isTrue();
        return matcher.group(1);
    }
}
