package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the packaged jars carry: the configuration under {@code src/main/resources} goes into every
 * image, so no password, token or key value may sit there, not even one for the {@code %test}
 * profile. Test values live in {@code src/test/resources} and test-support; production values come
 * from Secrets and the environment.
 */
class PackagedConfigurationTest {

    /** A setting whose last segment names a secret: admin-password, service-tokens.router-gateway, lookup-key, ... */
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(^|[.-])(password|passwords|secret|secrets|token|tokens|key|keys)$|\\.service-tokens\\.[^.]+$");
    /** A value that only refers to another setting or the environment, such as {@code ${hotspot.voucher.lookup-key:}}. */
    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{[^}]*}$");

    @Test
    void noPackagedConfigurationCarriesASecretValue() throws IOException {
        List<Path> files = packagedConfiguration();
        assertThat(files).as("the services' and common's packaged configuration").hasSizeGreaterThanOrEqualTo(6);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            for (String name : properties.stringPropertyNames()) {
                String value = properties.getProperty(name).trim();
                String setting = name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name;
                if (SECRET_KEY.matcher(setting).find() && !value.isEmpty() && !REFERENCE.matcher(value).matches()) {
                    found.add(RepoRoot.get().relativize(file) + ": " + name);
                }
            }
        }
        assertThat(found).as("secret values in packaged configuration").isEmpty();
    }

    private static List<Path> packagedConfiguration() throws IOException {
        Path root = RepoRoot.get();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path resources = module.resolve("src/main/resources");
                for (String name : List.of("application.properties", "META-INF/microprofile-config.properties")) {
                    if (Files.isRegularFile(resources.resolve(name))) {
                        files.add(resources.resolve(name));
                    }
                }
            }
        }
        return files;
    }
}
