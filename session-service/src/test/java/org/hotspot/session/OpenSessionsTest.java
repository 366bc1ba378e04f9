package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.OpenSessionRepository.OpenSession;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.service.SessionQueries;
import org.hotspot.session.service.StaleSweep;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * The open sessions' set, which the stale sweep, Accounting-On and the active-sessions page look
 * through instead of every session stored: the sweep closes what went silent and forgets entries
 * whose session is closed or was never written; the page lists the organization's open sessions
 * newest first, a page at a time.
 */
@QuarkusTest
@WithAuthService
class OpenSessionsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    SessionRepository sessions;

    @Inject
    OpenSessionRepository openSessions;

    @Inject
    StaleSweep sweep;

    @Inject
    SessionQueries queries;

    @Test
    void theSweepClosesTheSilentAndForgetsTheClosedAndTheNeverWritten() {
        String organization = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Session silent = session(organization, now.minusSeconds(3_600), true);
        Session closed = session(organization, now.minusSeconds(3_600), false);
        Session neverWritten = session(organization, now.minusSeconds(3_600), true);
        openSessions.add(List.of(silent, closed, neverWritten)).await().atMost(WAIT);
        save(silent);
        save(closed);

        sweep.sweep(now.plus(Duration.ofMinutes(20))).await().atMost(WAIT);

        assertThat(sessions.findById(silent.id).await().atMost(WAIT).stopCause).isEqualTo("Stale");
        assertThat(ids(openSessions.ofOrganization(organization).await().atMost(WAIT))).isEmpty();
    }

    @Test
    void aSessionWrittenSinceTheSweepBeganIsLeftInTheSet() {
        String organization = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Session coming = session(organization, now.minusSeconds(3_600), true);
        openSessions.add(List.of(coming)).await().atMost(WAIT);

        // Its entry was added a moment ago: its first write may be on its way.
        sweep.sweep(now.plusSeconds(60)).await().atMost(WAIT);

        assertThat(ids(openSessions.ofOrganization(organization).await().atMost(WAIT))).containsExactly(coming.id);
    }

    @Test
    void activeSessionsAreTheOrganizationsOpenOnesNewestFirstAPageAtATime() {
        String organization = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Session oldest = session(organization, now.minusSeconds(300), true);
        Session middle = session(organization, now.minusSeconds(200), true);
        Session newest = session(organization, now.minusSeconds(100), true);
        Session stranger = session(UUID.randomUUID().toString(), now.minusSeconds(50), true);
        List<Session> all = List.of(oldest, middle, newest, stranger);
        openSessions.add(all).await().atMost(WAIT);
        all.forEach(this::save);

        assertThat(ids(queries.page(organization, true, null, 0, 2).await().atMost(WAIT), s -> s.id))
                .containsExactly(newest.id, middle.id);
        assertThat(ids(queries.page(organization, true, null, 1, 2).await().atMost(WAIT), s -> s.id))
                .containsExactly(oldest.id);
    }

    private Session session(String organization, Instant startedAt, boolean open) {
        Session session = new Session();
        session.id = AccountingRecord.key("router-" + UUID.randomUUID(), UUID.randomUUID().toString());
        session.organizationId = organization;
        session.voucherId = UUID.randomUUID().toString();
        session.routerId = session.id.substring(0, session.id.indexOf(':'));
        session.acctSessionId = session.id.substring(session.id.indexOf(':') + 1);
        session.state = open ? SessionState.OPEN : SessionState.CLOSED;
        session.startedAt = startedAt;
        session.lastUpdateAt = startedAt;
        session.interimSeconds = 300;
        session.version = -1;
        return session;
    }

    private void save(Session session) {
        assertThat(sessions.save(session, -1).await().atMost(WAIT)).isTrue();
    }

    private static List<String> ids(List<OpenSession> entries) {
        return entries.stream().map(OpenSession::sessionId).toList();
    }

    private static <T> List<String> ids(List<T> found, Function<T, String> id) {
        return found.stream().map(id).toList();
    }
}
