package org.hotspot.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotspot.portal.web.Languages;
import org.hotspot.portal.web.PortalMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text of the pages exists in every language, and nothing else is in the files. */
class MessageBundlesTest {

    static Set<String> languages() {
        return Languages.ALL.stream().map(language -> language.tag()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyKeyInEveryLanguage(String tag) throws IOException {
        Set<String> keys = Arrays.stream(PortalMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/msg_" + tag + ".properties")) {
            assertThat(in).as("messages/msg_%s.properties", tag).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(texts.stringPropertyNames()).as("keys of msg_%s", tag).containsExactlyInAnyOrderElementsOf(keys);
        texts.forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, tag).isNotBlank()
                .doesNotContain("{"));
    }
}
