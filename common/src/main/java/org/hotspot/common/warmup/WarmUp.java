package org.hotspot.common.warmup;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One hot path of a service, exercised the way a request would, with data no tenant has (the
 * organization {@link #ORGANIZATION}, whose lookups all miss): a round reads and writes nothing any
 * tenant can see. {@link WarmUpRunner} runs the rounds at start, before readiness says UP.
 */
public interface WarmUp {

    /** The organization warm-up rounds use: real organization ids are UUIDs, so no tenant has this one. */
    String ORGANIZATION = "warm-up";

    /**
     * A code as a customer would type one, ten characters of the voucher alphabet, drawn at random
     * but not securely: it opens nothing.
     */
    static String code() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** A short name for logs and metrics. */
    String name();

    /** One round; {@code round} counts from 0, for data that should differ between rounds. */
    Uni<Void> round(int round);
}
