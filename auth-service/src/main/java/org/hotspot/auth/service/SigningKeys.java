package org.hotspot.auth.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.hotspot.auth.SigningKey;
import org.hotspot.auth.config.AuthConfig;
import org.jboss.logging.Logger;

/**
 * The key auth-service signs access tokens with. Loaded from the configured key directory; when
 * none is there (a developer's first start) a new one is generated and written there, readable by
 * the owner only, so no key ever lives in the repository. In Kubernetes the directory is a Secret.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    static final String PRIVATE_KEY_FILE = "private.pem";

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final SigningKey current;

    public SigningKeys(AuthConfig config) {
        this.current = loadOrGenerate(config.keyDir());
    }

    /** The key new tokens are signed with. */
    public SigningKey current() {
        return current;
    }

    static SigningKey loadOrGenerate(Path dir) {
        Path file = dir.resolve(PRIVATE_KEY_FILE);
        try {
            if (!Files.exists(file)) {
                generate(dir, file);
            }
            return fromPrivateKey(readPem(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key in " + file + " is not an RSA private key", e);
        }
    }

    private static void generate(Path dir, Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "signing-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        // Two replicas starting at once on a shared volume: the first rename wins, the other reads it.
        try {
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            if (!Files.exists(file)) {
                throw e;
            }
        }
        LOG.infof("Generated a new token signing key in %s", file);
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
