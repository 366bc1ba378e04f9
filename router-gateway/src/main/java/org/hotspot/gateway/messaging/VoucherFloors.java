package org.hotspot.gateway.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.EventHeader;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * What makes an older, genuinely signed Redis entry of a voucher recognisable as old: every
 * transition voucher-service publishes on {@code voucher-events} (Kafka, where only voucher-service
 * may write) carries the version it made, and an entry of a lower version is from before it. This
 * instance reads the topic in a group of its own (every instance must hear every transition) from
 * the moment it started, so it knows every transition since {@link #since()}; an entry signed
 * before that may predate a transition it never heard of and is not trusted either.
 *
 * <p>The group commits what it read, so after a rebalance or a broker outage it goes on where it
 * left off and skips nothing; while the broker is out of reach, transitions reach the floors late
 * (as they reach session-service late), and a replay in that time is not caught here: the
 * seal still holds, voucher-service's own answers still hold (its accepts are conditional on the
 * stored version), and the disconnect session-service sends on revocation still comes.
 *
 * <p>A floor is kept while an entry older than it could still pass: entries are trusted for
 * {@link GatewayConfig.Decisions#projectionMaxAge()} after they were signed, so a floor heard that long ago
 * (plus a minute for clocks) has no entry left to stop.
 */
@ApplicationScoped
public class VoucherFloors {

    static final String LISTENER = "voucher-floors";
    private static final Logger LOG = Logger.getLogger(VoucherFloors.class);

    private record Floor(long version, long heardAt) {
    }

    private final EventCodec codec = new EventCodec();
    private final Map<String, Floor> floors = new ConcurrentHashMap<>();
    private final long keepMillis;
    private final Counter learnt;
    private volatile long since = Long.MAX_VALUE;

    public VoucherFloors(GatewayConfig config, MeterRegistry meters) {
        this.keepMillis = config.decisions().projectionMaxAge().toMillis() + 60_000;
        this.learnt = meters.counter("hotspot.gateway.redis.floors");
    }

    /** Since when (epoch millis) every transition is known here; {@link Long#MAX_VALUE} before the topic is read. */
    public long since() {
        return since;
    }

    /** Whether an entry of this version of the voucher is not older than a transition heard of. */
    public boolean current(String voucherId, long version) {
        Floor floor = floors.get(voucherId);
        return floor == null || version >= floor.version;
    }

    @Incoming(Channels.VOUCHER_EVENTS_IN)
    public void heard(String value) {
        try {
            byte[] json = value == null ? new byte[0] : value.getBytes(UTF_8);
            EventHeader header = codec.peek(json);
            if (!header.type().equals(VoucherStateChanged.TYPE.name())) {
                return;
            }
            Event<VoucherStateChanged> event = codec.decode(json, VoucherStateChanged.TYPE);
            VoucherStateChanged change = event.payload();
            if (change.version() > 0) {
                long now = System.currentTimeMillis();
                floors.merge(change.voucherId(), new Floor(change.version(), now),
                        (old, heard) -> heard.version >= old.version ? heard : new Floor(old.version, now));
                learnt.increment();
            }
        } catch (EventFormatException | IllegalArgumentException e) {
            LOG.warnf("Skipped an unreadable value on voucher-events: %s", e.getMessage());
        }
    }

    /**
     * The positions are asked for before {@link #since()} is set: every transition published after
     * that moment is read, so an entry signed after it is either newer than the transitions before
     * or stopped by one heard.
     */
    @ApplicationScoped
    @Identifier(LISTENER)
    public static class Assignments implements KafkaConsumerRebalanceListener {

        private final VoucherFloors floors;

        public Assignments(VoucherFloors floors) {
            this.floors = floors;
        }

        @Override
        public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                // The topic does not exist yet: its first transitions could be past the end read later.
                return;
            }
            partitions.forEach(consumer::position);
            floors.readingSince(System.currentTimeMillis());
        }
    }

    /** Not private: called through the bean's client proxy, which must pass it on. */
    void readingSince(long now) {
        if (since == Long.MAX_VALUE) {
            since = now;
            LOG.infof("Reading voucher-events: Redis entries signed from %s on may settle logins",
                    Instant.ofEpochMilli(now));
        }
    }

    @Scheduled(every = "60s")
    void forgetOld() {
        long before = System.currentTimeMillis() - keepMillis;
        floors.values().removeIf(floor -> floor.heardAt < before);
    }
}
