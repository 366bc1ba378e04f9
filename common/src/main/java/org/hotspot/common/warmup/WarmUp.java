package org.hotspot.common.warmup;

import io.smallrye.mutiny.Uni;

/**
 * One hot path of a service, exercised the way a request would, with data no tenant has (the
 * organization {@link #ORGANIZATION}, whose lookups all miss): a round reads and writes nothing any
 * tenant can see. {@link WarmUpRunner} runs the rounds at start, before readiness says UP.
 */
public interface WarmUp {

    /** The organization warm-up rounds use: real organization ids are UUIDs, so no tenant has this one. */
    String ORGANIZATION = "warm-up";

    /** A short name for logs and metrics. */
    String name();

    /** One round; {@code round} counts from 0, for data that should differ between rounds. */
    Uni<Void> round(int round);
}
