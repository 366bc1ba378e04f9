package org.hotspot.voucher.repository;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/** The size of each batch of MongoDB commands that concurrent decisions share, by kind. */
final class BatchSizes {

    private BatchSizes() {
    }

    static DistributionSummary of(MeterRegistry registry, String kind) {
        return DistributionSummary.builder("hotspot.voucher.mongo.batch.size")
                .description("Calls of concurrent decisions sent to MongoDB as one command")
                .tag("kind", kind)
                .register(registry);
    }
}
