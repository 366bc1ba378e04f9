package org.hotspot.auth.service;

import io.quarkus.runtime.Startup;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.hotspot.auth.AuthProblems;

/**
 * Argon2id password hashing (RFC 9106) with OWASP's minimum cost (19 MiB, 2 passes), stored in
 * PHC string form so the cost can be raised later without breaking old hashes. Hashing is slow on
 * purpose, so it always runs on a worker thread, never on the event loop; each hash takes 19 MiB,
 * so at most one per core runs at once and others wait a few seconds. Past that the caller is told
 * to retry (503): a flood of logins slows logins down, it never exhausts the heap.
 */
@Startup
@ApplicationScoped
public class PasswordHasher {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private static final long WAIT_SECONDS = 3;

    private final SecureRandom random = new SecureRandom();
    private final Semaphore hashing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    /** Verified against when the user does not exist, so an unknown user costs as much as a known one. */
    private final String decoy = hashNow("decoy-password-never-matches".toCharArray());
    private final Vertx vertx;

    public PasswordHasher(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<String> hash(String password) {
        return offTheEventLoop(() -> hashNow(password.toCharArray()));
    }

    /** Whether the password matches; with a null hash, spends the same time and answers false. */
    public Uni<Boolean> verify(String password, String phc) {
        return offTheEventLoop(() -> verifyNow(password.toCharArray(), phc));
    }

    /**
     * On a worker thread, one hash per core at a time, the result handed back on the caller's Vert.x
     * context. Not Mutiny's worker pool: there the worker runs with the request's duplicated context
     * as its own, so the rest of the login ran on the worker too, and the worker's context
     * propagation set and cleared the request's CDI scope (kept in that duplicated context) while
     * the event loop was already answering the request; the exception mappers then found no request
     * scope and the login answered 500. Vert.x's executeBlocking touches no CDI state on the worker
     * and delivers the result on the request's own context.
     */
    private <T> Uni<T> offTheEventLoop(Supplier<T> work) {
        // Outside a request (the bootstrap admin at startup) a fresh duplicated context stands in for it.
        return Uni.createFrom().completionStage(() -> VertxContext.getOrCreateDuplicatedContext(vertx)
                .executeBlocking(() -> bounded(work), false)
                .toCompletionStage());
    }

    private <T> T bounded(Supplier<T> work) {
        try {
            if (!hashing.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw AuthProblems.busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuthProblems.busy();
        }
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }

    private boolean verifyNow(char[] password, String phc) {
        boolean known = phc != null;
        String[] parts = (known ? phc : decoy).split("\\$");
        // $argon2id$v=19$m=19456,t=2,p=1$salt$hash
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String setting : parts[3].split(",")) {
            String[] pair = setting.split("=");
            int value = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> memory = value;
                case "t" -> iterations = value;
                case "p" -> parallelism = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] expected = B64_DECODER.decode(parts[5]);
        byte[] actual = derive(password, B64_DECODER.decode(parts[4]), memory, iterations, parallelism,
                expected.length);
        return MessageDigest.isEqual(expected, actual) && known;
    }

    private String hashNow(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
