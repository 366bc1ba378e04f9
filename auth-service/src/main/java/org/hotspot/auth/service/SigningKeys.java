package org.hotspot.auth.service;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.SigningKey;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.keys.KeyFiles;
import org.jboss.logging.Logger;

/**
 * The keys auth-service signs access tokens with: the current one; the previous one, still
 * published so tokens signed before a rotation stay valid until they expire (nobody is logged out);
 * and the next one, published ahead of its use so every service's cached JWKS already holds it when
 * a rotation makes it current (no token is refused while caches catch up).
 *
 * <p>They live as PEM files in the configured key directory ({@code private.pem}, {@code next.pem},
 * and {@code previous.pem} after a rotation). When none is there (a developer's first start) a key is
 * generated, readable by the owner only, so no key ever lives in the repository. In Kubernetes the
 * directory is a Secret; replicas sharing a writable volume pick up another replica's rotation
 * within a minute.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    static final String PRIVATE_KEY_FILE = "private.pem";
    static final String PREVIOUS_KEY_FILE = "previous.pem";
    static final String NEXT_KEY_FILE = "next.pem";

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final Path dir;
    private final Duration minRotationInterval;
    private volatile List<SigningKey> keys;

    public SigningKeys(AuthConfig config) {
        this.dir = config.keyDir();
        this.minRotationInterval = config.minRotationInterval();
        this.keys = loadOrGenerateAll(dir);
    }

    /** The key new tokens are signed with. */
    public SigningKey current() {
        return keys.get(0);
    }

    /** Every key to publish in the JWKS: current, next, then previous when there is one. */
    public List<SigningKey> published() {
        return keys;
    }

    /** The key that signed before the last rotation, if any. */
    public Optional<SigningKey> previous() {
        return Files.exists(dir.resolve(PREVIOUS_KEY_FILE))
                ? Optional.of(keys.get(keys.size() - 1))
                : Optional.empty();
    }

    /**
     * Makes the next key current, keeps the current one as previous, and prepares a new next one.
     * Blocking file work.
     */
    public synchronized SigningKey rotate() {
        try {
            Path current = dir.resolve(PRIVATE_KEY_FILE);
            Path next = dir.resolve(NEXT_KEY_FILE);
            Path previous = dir.resolve(PREVIOUS_KEY_FILE);
            // The previous key must outlive the tokens it signed: a second rotation too soon would
            // push it out while they are still valid, and log their holders out.
            if (Files.exists(previous) && Files.getLastModifiedTime(current).toInstant()
                    .isAfter(Instant.now().minus(minRotationInterval))) {
                throw AuthProblems.conflict("The key was rotated less than "
                        + minRotationInterval.toMinutes() + " minutes ago; tokens it signed are still valid");
            }
            if (!Files.exists(next) || !Files.isWritable(dir)) {
                throw AuthProblems.conflict("The signing keys come from a read-only directory "
                        + "(a Kubernetes Secret): rotate them by updating the Secret");
            }
            Files.move(current, dir.resolve(PREVIOUS_KEY_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE);
            keys = loadOrGenerateAll(dir);
            LOG.infof("Rotated the token signing key: %s is current", keys.get(0).kid());
            return current();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the signing key in " + dir, e);
        }
    }

    /** Picks up a rotation another replica made on a shared key directory. */
    @Scheduled(every = "${hotspot.auth.key-reload-interval}", delayed = "60s")
    synchronized void reload() {
        // Mid-rotation on another replica private.pem may be missing for an instant: never generate here.
        if (!Files.exists(dir.resolve(PRIVATE_KEY_FILE))) {
            return;
        }
        List<SigningKey> onDisk = loadOrGenerateAll(dir);
        if (!onDisk.get(0).kid().equals(current().kid())) {
            LOG.infof("Signing key changed on disk; now signing with %s", onDisk.get(0).kid());
            keys = onDisk;
        }
    }

    static SigningKey loadOrGenerate(Path dir) {
        return loadOrGenerateAll(dir).get(0);
    }

    private static List<SigningKey> loadOrGenerateAll(Path dir) {
        Path file = dir.resolve(PRIVATE_KEY_FILE);
        try {
            if (!Files.exists(file)) {
                publish(writeNewKey(dir), file);
            }
            Path next = dir.resolve(NEXT_KEY_FILE);
            if (!Files.exists(next)) {
                prepareNext(dir, next);
            }
            List<SigningKey> all = new ArrayList<>();
            all.add(fromPrivateKey(readPem(file)));
            if (Files.exists(next)) {
                all.add(fromPrivateKey(readPem(next)));
            }
            Path previous = dir.resolve(PREVIOUS_KEY_FILE);
            if (Files.exists(previous)) {
                all.add(fromPrivateKey(readPem(previous)));
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a signing key in " + dir + " is not an RSA private key", e);
        }
    }

    /**
     * A read-only key directory (a Kubernetes Secret without {@code next.pem}) cannot hold a next
     * key: tokens still work, but after a rotation services refuse new tokens until their JWKS
     * cache refreshes, so say so.
     */
    private static void prepareNext(Path dir, Path next) {
        try {
            publish(writeNewKey(dir), next);
        } catch (IOException e) {
            LOG.warnf("No %s in %s and the directory is not writable: the next signing key is not published "
                    + "ahead of rotation (%s)", NEXT_KEY_FILE, dir, e.getMessage());
        }
    }

    /** A new key in a temporary file of the directory, readable by the owner only. */
    private static Path writeNewKey(Path dir) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
            Files.createDirectories(dir);
            Path temporary = KeyFiles.createTempFile(dir, "signing-key", ".tmp");
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            return temporary;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Two replicas starting at once on a shared volume: the first rename wins, the other reads it. */
    private static void publish(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.infof("Generated a new token signing key in %s", file);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            if (!Files.exists(file)) {
                throw e;
            }
        }
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static SigningKey fromPrivateKey(byte[] pkcs8) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new SigningKey(thumbprint(publicKey), privateKey, publicKey);
    }

    /** RFC 7638: SHA-256 over the canonical JSON of the required members, base64url. */
    static String thumbprint(RSAPublicKey key) throws GeneralSecurityException {
        String canonical = "{\"e\":\"" + base64url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64url(key.getModulus()) + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** An unsigned big-endian integer in base64url, as JWK writes them (RFC 7518 §6.3.1). */
    public static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
