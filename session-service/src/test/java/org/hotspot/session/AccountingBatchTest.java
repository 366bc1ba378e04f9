package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hotspot.events.Topics;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.session.usage.Interval;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Management;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * Accounting in batches: thousands of records of many sessions put on {@code accounting-records}
 * at once, as a busy gateway does, are read hundreds at a time and applied together. Routers'
 * retransmissions (at once, and late, after newer records of the session), a stretch of the stream
 * delivered twice (as after a crash before the commit) and a value that is no record at all in the
 * middle change nothing: every session, every sample, the voucher roll-ups and each voucher's last
 * {@code VoucherUsage} come out exact.
 */
@QuarkusTest
@WithAuthService
class AccountingBatchTest {

    private static final int SESSIONS = 150;
    private static final int RECORDS_PER_SESSION = 20;
    private static final int VOUCHERS = 30;
    private static final int REDELIVERED = 600;

    @InjectKafka
    String kafka;

    @Inject
    MongoClient mongo;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aBurstOfManySessionsIsAppliedInBatchesWithExactTotals() throws Exception {
        // Recent times, so that the stale sweep finds none of these sessions silent.
        RouterTraffic traffic = RouterTraffic.generate(run, "org-" + run, SESSIONS, RECORDS_PER_SESSION, VOUCHERS,
                run.hashCode(), Instant.now().minus(Duration.ofMinutes(10)));
        StoredUsage stored = new StoredUsage(mongo.getDatabase("hotspot-session"));
        double malformed = metric("hotspot_session_records_total\\{result=\"malformed\"");

        try (AccountingProducer producer = new AccountingProducer(kafka, Topics.ACCOUNTING_RECORDS)) {
            List<AccountingRecord> sent = traffic.sent();
            producer.send(traffic.organization(), sent.subList(0, sent.size() / 2));
            producer.sendRaw("router-0-" + run + ":x", "not an event");
            producer.send(traffic.organization(), sent.subList(sent.size() / 2, sent.size()));
            producer.send(traffic.organization(), sent.subList(sent.size() / 3, sent.size() / 3 + REDELIVERED));
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> ofRun(stored.sessions()).equals(traffic.sessions()));
        assertThat(ofRun(stored.samples())).isEqualTo(traffic.samples());
        assertThat(ofRun(stored.voucherRollups(Interval.HOUR)))
                .isEqualTo(traffic.byVoucher(at -> at.truncatedTo(ChronoUnit.HOURS)));
        assertThat(ofRun(stored.voucherRollups(Interval.DAY)))
                .isEqualTo(traffic.byVoucher(at -> at.truncatedTo(ChronoUnit.DAYS)));
        Map<String, VoucherUsage> expected = traffic.voucherUsage();
        assertThat(LatestVoucherUsage.read(kafka, run, expected)).isEqualTo(expected);
        assertThat(metric("hotspot_session_records_total\\{result=\"malformed\"")).isEqualTo(malformed + 1);
        assertThat(metric("hotspot_session_batch_records_max")).as("the most records read in one batch")
                .isGreaterThan(50);
    }

    /** This run's entries: its session keys, record ids and voucher ids all hold the run's id. */
    private <V> Map<String, V> ofRun(Map<String, V> all) {
        return all.entrySet().stream().filter(entry -> entry.getKey().contains(run))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A value of the service's Prometheus metrics; 0 when it has none yet. */
    private static double metric(String nameAndLabels) {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^" + nameAndLabels + "[^ ]* ([0-9.eE+-]+)$").matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
