package org.hotspot.session.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.session.Session;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherLedgerRepository;
import org.jboss.logging.Logger;

/**
 * Fills the vouchers' ledgers, the devices' newest sessions and the open sessions' set from the
 * sessions stored before they were kept, once per database: without it a voucher's earlier sessions
 * would drop out of its totals, and sessions open at the upgrade would never be swept. It runs before the consumers start (the messaging starts at priority 1000), and marks
 * itself done only at the end, so a start cut short runs it again; taking a session twice changes
 * nothing, and replicas starting together do the same work without harm.
 */
@ApplicationScoped
public class LedgerBackfill {

    private static final Logger LOG = Logger.getLogger(LedgerBackfill.class);
    static final String DONE = "session-lookups-1";
    private static final int CHUNK = 1_000;

    private final SessionRepository sessions;
    private final VoucherLedgerRepository ledgers;
    private final SessionSuccession succession;
    private final OpenSessionRepository openSessions;
    private final ReactiveMongoCollection<Document> migrations;

    LedgerBackfill(SessionRepository sessions, VoucherLedgerRepository ledgers, SessionSuccession succession,
            OpenSessionRepository openSessions, ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.sessions = sessions;
        this.ledgers = ledgers;
        this.succession = succession;
        this.openSessions = openSessions;
        this.migrations = mongo.getDatabase(database).getCollection("migrations");
    }

    void onStart(@Observes @Priority(900) StartupEvent start) {
        run().await().atMost(Duration.ofMinutes(30));
    }

    /** Fills the ledgers unless done before. */
    public Uni<Void> run() {
        return migrations.find(Filters.eq("_id", DONE)).collect().first()
                .chain(done -> done != null ? Uni.createFrom().voidItem() : fill());
    }

    private Uni<Void> fill() {
        long started = System.nanoTime();
        return sessions.streamAll()
                .group().intoLists().of(CHUNK)
                .onItem().transformToUniAndConcatenate(this::take)
                .collect().with(Collectors.summingInt(Integer::intValue))
                .chain(count -> migrations.replaceOne(Filters.eq("_id", DONE),
                        new Document("_id", DONE).append("at", Date.from(Instant.now())),
                        new ReplaceOptions().upsert(true))
                        .invoke(() -> LOG.infof(
                                "Voucher ledgers, devices and open sessions filled from %d stored sessions in %d ms",
                                count,
                                (System.nanoTime() - started) / 1_000_000)))
                .replaceWithVoid();
    }

    private Uni<Integer> take(List<Session> chunk) {
        List<Session> open = chunk.stream().filter(Session::open).toList();
        return ledgers.record(chunk)
                .chain(() -> succession.remember(open))
                .chain(() -> openSessions.add(open))
                .replaceWith(chunk.size());
    }
}
