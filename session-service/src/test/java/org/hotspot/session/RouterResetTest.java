package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which sessions a router's Accounting-On/Off ends, and which copy of it counts. Pure. */
class RouterResetTest {

    private static final Instant HEARD = Instant.parse("2026-11-29T12:00:00Z");
    private final RouterReset reset =
            new RouterReset("router-1", "record-1", HEARD, HEARD.minusSeconds(2), "NAS-Reboot");

    @Test
    void endsTheOpenSessionsHeardOfBeforeIt() {
        assertThat(reset.ends(session(HEARD.minusMillis(1), HEARD.minusSeconds(30), true))).isTrue();
        assertThat(reset.ends(session(HEARD, HEARD.minusSeconds(30), true))).as("heard at the same instant").isFalse();
        assertThat(reset.ends(session(HEARD.plusSeconds(1), HEARD.minusSeconds(30), true))).isFalse();
        assertThat(reset.ends(session(HEARD.minusSeconds(10), HEARD.minusSeconds(30), false))).as("closed").isFalse();
    }

    @Test
    void aSessionStoredBeforeTheGatewaysClockWasKeptIsMeasuredOnTheRoutersClock() {
        assertThat(reset.ends(session(null, HEARD.minusSeconds(30), true))).isTrue();
        assertThat(reset.ends(session(null, HEARD.plusSeconds(30), true))).as("updated after the reboot").isFalse();
    }

    @Test
    void theSameRecordHeardAgainWithinAMinuteIsARetransmission() {
        assertThat(reset.retransmittedAs(copy("record-1", HEARD.plusSeconds(3)))).isTrue();
        assertThat(reset.retransmittedAs(copy("record-1", HEARD.plusSeconds(61)))).as("a reboot like the last")
                .isFalse();
        assertThat(reset.retransmittedAs(copy("record-2", HEARD.plusSeconds(3)))).isFalse();
    }

    private static RouterReset copy(String recordId, Instant heardAt) {
        return new RouterReset("router-1", recordId, heardAt, HEARD.minusSeconds(2), "NAS-Reboot");
    }

    private static Session session(Instant lastHeardAt, Instant lastUpdateAt, boolean open) {
        Session session = new Session();
        session.state = open ? SessionState.OPEN : SessionState.CLOSED;
        session.lastHeardAt = lastHeardAt;
        session.lastUpdateAt = lastUpdateAt;
        return session;
    }
}
