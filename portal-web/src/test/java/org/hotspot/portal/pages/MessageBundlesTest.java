package org.hotspot.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.hotspot.portal.web.Languages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of portal-web (each interface annotated {@code @MessageBundle}: the portal's
 * {@code msg}, the dashboard's {@code dash}, and every area's own) has every text in every language,
 * nothing else in its files, only its own parameters as placeholders, and no text left in English in
 * another language: a text may read as the English one only when it is a name or a number, or a word
 * the language spells the same way.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    /** Names, the same in every language. */
    private static final Set<String> NAMES = Set.of("WiFi", "Hotspot");
    /** Words a language spells as English does, by language. */
    private static final Map<String, Set<String>> SAME_WORDS = Map.of("fr", Set.of("Code"));

    /** The bundle interfaces among portal-web's classes. */
    static List<Class<?>> bundles() throws IOException, URISyntaxException {
        Path classes = Path.of(Languages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> found = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .filter(name -> !name.contains("$"))
                    .map(MessageBundlesTest::load)
                    .filter(type -> type.isInterface() && type.isAnnotationPresent(MessageBundle.class))
                    .toList();
            assertThat(found).as("message bundles").isNotEmpty();
            return found;
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextInEveryLanguage(Class<?> bundle) {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Map<String, Set<String>> parameters = Arrays.stream(bundle.getDeclaredMethods())
                .collect(Collectors.toMap(Method::getName, method -> Arrays.stream(method.getParameters())
                        .map(Parameter::getName).collect(Collectors.toSet())));
        Properties english = texts(name, "en");
        SoftAssertions soft = new SoftAssertions();
        for (String tag : Languages.ALL.stream().map(language -> language.tag()).toList()) {
            Properties texts = texts(name, tag);
            soft.assertThat(texts.stringPropertyNames()).as("keys of messages/%s_%s.properties", name, tag)
                    .containsExactlyInAnyOrderElementsOf(parameters.keySet());
            texts.forEach((key, value) -> {
                String text = value.toString();
                soft.assertThat(text).as("%s in %s", key, tag).isNotBlank();
                Matcher placeholder = PLACEHOLDER.matcher(text);
                while (placeholder.find()) {
                    soft.assertThat(parameters.getOrDefault(key.toString(), Set.of())).as("placeholders of %s in %s",
                            key, tag).contains(placeholder.group(1));
                }
                if (!tag.equals("en") && text.equals(english.getProperty(key.toString()))) {
                    soft.assertThat(isNameOrNumber(text) || SAME_WORDS.getOrDefault(tag, Set.of()).contains(text))
                            .as("%s in %s is the English text \"%s\"", key, tag, text).isTrue();
                }
            });
        }
        soft.assertAll();
    }

    private static boolean isNameOrNumber(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        for (String name : NAMES) {
            rest = rest.replace(name, "");
        }
        return rest.codePoints().noneMatch(Character::isLetter);
    }

    private static Properties texts(String bundle, String tag) {
        Properties texts = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/" + bundle + "_" + tag
                + ".properties")) {
            assertThat(in).as("messages/%s_%s.properties", bundle, tag).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MessageBundlesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }
}
