package org.hotspot.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("plain ASCII", "Downtown Cafe 2", true),
                Arguments.of("Latin with accents", "Café Noël", true),
                Arguments.of("Arabic", "مقهى الشبكة", true),
                Arguments.of("Persian with a zero-width non-joiner", "کافه\u200cنت", true),
                Arguments.of("Russian", "Кафе на углу", true),
                Arguments.of("emoji, a surrogate pair", "Cafe \uD83D\uDCF6", true),
                Arguments.of("empty", "", true),
                Arguments.of("line feed", "two\nlines", false),
                Arguments.of("carriage return", "a\rb", false),
                Arguments.of("tab", "a\tb", false),
                Arguments.of("NUL", "a\0b", false),
                Arguments.of("escape", "a\u001B[31mred", false),
                Arguments.of("DEL", "a\u007Fb", false),
                Arguments.of("C1 next line", "a\u0085b", false),
                Arguments.of("C1 control sequence introducer", "a\u009Bb", false),
                Arguments.of("Arabic letter mark", "a\u061Cb", false),
                Arguments.of("left-to-right mark", "a\u200Eb", false),
                Arguments.of("right-to-left mark", "a\u200Fb", false),
                Arguments.of("left-to-right embedding", "a\u202Ab", false),
                Arguments.of("right-to-left override", "gpj.\u202Eexe", false),
                Arguments.of("left-to-right isolate", "a\u2066b", false),
                Arguments.of("pop directional isolate", "a\u2069b", false),
                Arguments.of("lone high surrogate", "a\uD800b", false),
                Arguments.of("lone low surrogate", "a\uDC00b", false),
                Arguments.of("high surrogate at the end", "ab\uD83D", false),
                Arguments.of("low surrogate before high", "\uDCF6\uD83D", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void acceptsOnlyOneLineOfDirectionNeutralText(String what, String value, boolean plain) {
        assertThat(new PlainText.Validator().isValid(value, null)).as(what).isEqualTo(plain);
    }

    @Test
    void leavesNullToNotBlank() {
        assertThat(new PlainText.Validator().isValid(null, null)).isTrue();
    }
}
