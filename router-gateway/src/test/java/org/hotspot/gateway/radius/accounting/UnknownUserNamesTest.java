package org.hotspot.gateway.radius.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A User-Name that named no voucher is remembered for a while, per organization, in bounded memory. */
class UnknownUserNamesTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final UnknownUserNames unknown = new UnknownUserNames(Duration.ofSeconds(60), 3, now::get);

    @Test
    void aNameIsRememberedForTheTimeToLiveOnly() {
        unknown.add("org-1", "key-a");

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(unknown.contains("org-1", "key-a")).isTrue();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(unknown.contains("org-1", "key-a")).isFalse();
    }

    @Test
    void aNameIsRememberedForItsOrganizationOnly() {
        unknown.add("org-1", "key-a");

        assertThat(unknown.contains("org-2", "key-a")).isFalse();
        assertThat(unknown.contains("org-1", "key-b")).isFalse();
    }

    @Test
    void pastItsBoundTheMemoStartsOver() {
        unknown.add("org-1", "key-a");
        unknown.add("org-1", "key-b");
        unknown.add("org-1", "key-c");

        unknown.add("org-1", "key-d");

        assertThat(unknown.contains("org-1", "key-a")).isFalse();
        assertThat(unknown.contains("org-1", "key-d")).isTrue();
    }
}
