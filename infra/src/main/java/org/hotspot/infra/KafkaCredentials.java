package org.hotspot.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;

/**
 * The SCRAM passwords of the broker's users (the administrator and one per service), generated at
 * random on first use and kept in an owner-only file beside the broker's data, never in the
 * repository. A Kafka client's settings for one of them: {@link #clientConfig}.
 */
public final class KafkaCredentials {

    /** The SASL mechanism of the broker's client listener. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    private final Path file;
    private final Properties passwords;

    private KafkaCredentials(Path file, Properties passwords) {
        this.file = file;
        this.passwords = passwords;
    }

    /** The passwords kept in {@code file}, any user's that is missing generated and written first. */
    public static synchronized KafkaCredentials load(Path file) {
        try {
            Properties passwords = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    passwords.load(in);
                }
            }
            boolean added = false;
            for (String user : users()) {
                if (passwords.getProperty(user, "").isEmpty()) {
                    passwords.setProperty(user, KeyMaterial.newToken(24));
                    added = true;
                }
            }
            if (added) {
                write(file, passwords);
            }
            return new KafkaCredentials(file, passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the passwords are kept. */
    public Path file() {
        return file;
    }

    public String password(String user) {
        String password = passwords.getProperty(user);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka user " + user);
        }
        return password;
    }

    /** A Kafka client's security settings as {@code user}. */
    public Map<String, Object> clientConfig(String user) {
        return Map.of("security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(user, password(user)));
    }

    /** The environment a packaged service reads its Kafka user from (its application.properties). */
    public Map<String, String> serviceEnvironment(String service) {
        return Map.of("HOTSPOT_KAFKA_USERNAME", service, "HOTSPOT_KAFKA_PASSWORD", password(service));
    }

    /** The JAAS line of a SCRAM client. Generated passwords hold no quote or backslash. */
    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static List<String> users() {
        return Stream.concat(Stream.of(KafkaAccess.ADMIN), KafkaAccess.SERVICES.stream()).toList();
    }

    private static void write(Path file, Properties passwords) throws IOException {
        Files.createDirectories(file.getParent());
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        KeyFiles.createFile(fresh);
        try (Writer out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
            passwords.store(out, "SCRAM passwords of the Kafka broker's users; owner-only, never in git");
        }
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every user's password by user name. */
    public Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        users().forEach(user -> all.put(user, password(user)));
        return all;
    }
}
