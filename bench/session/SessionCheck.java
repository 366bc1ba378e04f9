import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

/**
 * The measuring side of bench/session, against the running suite (classpath: the MongoDB driver and
 * kafka-clients, as session-service packages them).
 *
 * <pre>
 * java -cp JARS SessionCheck.java watch --metrics URL --until N [--from M]     records stored, every second
 * java -cp JARS SessionCheck.java verify --mongo URI --database DB --expect FILE --organization ID
 * java -cp JARS SessionCheck.java hops --kafka BOOTSTRAP --trials FILE
 * java -cp JARS SessionCheck.java fill --mongo URI --database DB --sessions N --organization ID
 * </pre>
 *
 * <b>watch</b> reads session-service's {@code hotspot_session_records_total{result="applied"}} (a record
 * counts once its usage and its session are written) until it reaches {@code --until}: one PROGRESS line
 * a second and a STORED line with the time the last one was stored.
 *
 * <b>verify</b> compares every session of the expected file with what is stored (totals, records
 * applied, closed), sums the raw samples per session (they must make the session's totals) and per
 * voucher, and the voucher roll-ups, hourly and daily (they must equal the samples).
 *
 * <b>fill</b> stores N closed sessions of vouchers the benchmark does not use, as months of an operator's
 * history would leave them, straight into session-service's database: what a query over all
 * sessions has to read.
 *
 * <b>hops</b> takes each quota trial's voucher and finds, by their Kafka timestamps, the quota-crossing
 * record on {@code accounting-records}, the voucher's {@code VoucherUsage} that followed it on
 * {@code session-events}, its {@code VoucherStateChanged} to EXHAUSTED on {@code voucher-events} and
 * the {@code DisconnectCommand} on {@code router-commands}: the delay, hop by hop.
 */
public final class SessionCheck {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args.length == 0 ? "" : args[0]) {
            case "watch" -> watch(options);
            case "verify" -> System.exit(verify(options) ? 0 : 1);
            case "hops" -> hops(options);
            case "fill" -> fill(options);
            default -> {
                System.err.println("usage: SessionCheck watch|verify|hops|fill --option value ... (see the source)");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------ fill

    private static void fill(Map<String, String> options) {
        int count = Integer.parseInt(options.get("sessions"));
        String organization = options.get("organization");
        java.time.Instant start = java.time.Instant.now().minus(Duration.ofDays(180));
        long began = System.nanoTime();
        try (MongoClient mongo = MongoClients.create(options.get("mongo"))) {
            var sessions = mongo.getDatabase(options.getOrDefault("database", "hotspot-session")).getCollection("sessions");
            List<Document> chunk = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                java.time.Instant at = start.plusSeconds(i * 60L);
                String router = "history-router-" + (i % 20);
                String acct = "history-" + i;
                chunk.add(new Document("_id", router + ":" + acct).append("organizationId", organization)
                        .append("voucherId", "history-voucher-" + (i / 3)).append("routerId", router)
                        .append("acctSessionId", acct).append("mac", String.format("02:00:00:%02x:%02x:%02x",
                                i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff))
                        .append("state", "CLOSED").append("startedAt", java.util.Date.from(at))
                        .append("lastUpdateAt", java.util.Date.from(at.plusSeconds(1800)))
                        .append("stoppedAt", java.util.Date.from(at.plusSeconds(1800))).append("stopCause", "User-Request")
                        .append("bytesIn", 1_000_000L).append("bytesOut", 20_000_000L).append("sessionTime", 1800L)
                        .append("sequence", 8L).append("version", 8L).append("interimSeconds", 300L));
                if (chunk.size() == 1000 || i == count - 1) {
                    sessions.insertMany(chunk);
                    chunk.clear();
                }
            }
        }
        System.out.printf("FILLED %d sessions in %.1f s%n", count, (System.nanoTime() - began) / 1e9);
    }

    // ------------------------------------------------------------------ watch

    private static void watch(Map<String, String> options) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("metrics")))
                .timeout(Duration.ofSeconds(10)).build();
        long until = Long.parseLong(options.get("until"));
        long from = Long.parseLong(options.getOrDefault("from", "0"));
        long stallMs = Long.parseLong(options.getOrDefault("stall-seconds", "120")) * 1000;
        long last = -1;
        long lastChange = System.currentTimeMillis();
        while (true) {
            long now = System.currentTimeMillis();
            long applied;
            try {
                applied = applied(http.send(request, HttpResponse.BodyHandlers.ofString()).body()) - from;
            } catch (java.io.IOException e) {
                applied = last;
            }
            if (applied != last) {
                lastChange = now;
            }
            System.out.printf("PROGRESS wall_ms=%d stored=%d load=%s%n", now, applied, load());
            if (applied >= until) {
                System.out.printf("STORED wall_ms=%d stored=%d%n", now, applied);
                return;
            }
            if (now - lastChange > stallMs) {
                System.out.printf("STALLED wall_ms=%d stored=%d of %d%n", now, applied, until);
                System.exit(1);
            }
            last = applied;
            Thread.sleep(Math.max(1, 1000 - (System.currentTimeMillis() - now)));
        }
    }

    private static long applied(String metrics) {
        Matcher m = Pattern.compile("(?m)^hotspot_session_records_total\\{[^}]*result=\"applied\"[^}]*} ([0-9.eE+]+)$")
                .matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" [0-9]+/.*", "").replace(' ', '/');
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------ verify

    private record Expected(long bytesIn, long bytesOut, long seconds, long records, String voucherId) {
    }

    private static boolean verify(Map<String, String> options) throws Exception {
        Map<String, Expected> expected = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(options.get("expect")))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            expected.put(f[0], new Expected(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), f[5]));
        }
        String organization = options.get("organization");
        try (MongoClient mongo = MongoClients.create(options.get("mongo"))) {
            MongoDatabase db = mongo.getDatabase(options.getOrDefault("database", "hotspot-session"));
            int wrong = 0;
            int found = 0;
            Map<String, long[]> byKey = new HashMap<>();
            for (Document session : db.getCollection("sessions").find(Filters.eq("organizationId", organization))
                    .projection(Projections.include("acctSessionId", "bytesIn", "bytesOut", "sessionTime", "sequence",
                            "state", "voucherId"))) {
                Expected want = expected.get(session.getString("acctSessionId"));
                if (want == null) {
                    continue;
                }
                found++;
                byKey.put(session.getString("_id"), new long[] {number(session, "bytesIn"), number(session, "bytesOut"),
                    number(session, "sessionTime")});
                boolean right = number(session, "bytesIn") == want.bytesIn() && number(session, "bytesOut") == want.bytesOut()
                        && number(session, "sessionTime") == want.seconds() && number(session, "sequence") == want.records()
                        && "CLOSED".equals(session.getString("state")) && want.voucherId().equals(session.getString("voucherId"));
                if (!right && wrong++ < 5) {
                    System.out.println("MISMATCH session " + session.toJson() + " expected " + want);
                }
            }
            Map<String, long[]> sampleSums = new HashMap<>();
            Map<String, long[]> voucherSamples = new HashMap<>();
            long samples = 0;
            for (Document sample : db.getCollection("usage_samples").find(Filters.eq("organizationId", organization))) {
                String key = sample.getString("sessionKey");
                if (!byKey.containsKey(key)) {
                    continue;
                }
                samples++;
                add(sampleSums, key, sample);
                add(voucherSamples, sample.getString("voucherId"), sample);
            }
            int wrongSamples = 0;
            for (Map.Entry<String, long[]> session : byKey.entrySet()) {
                if (!java.util.Arrays.equals(session.getValue(), sampleSums.getOrDefault(session.getKey(), new long[3]))) {
                    wrongSamples++;
                }
            }
            int wrongRollups = 0;
            for (String interval : List.of("hour", "day")) {
                Map<String, long[]> rollups = new HashMap<>();
                for (Document bucket : db.getCollection("usage_rollups").find(Filters.and(
                        Filters.eq("organizationId", organization), Filters.eq("dimension", "voucher"),
                        Filters.eq("interval", interval)))) {
                    add(rollups, bucket.getString("key"), bucket);
                }
                for (Map.Entry<String, long[]> voucher : voucherSamples.entrySet()) {
                    if (!java.util.Arrays.equals(voucher.getValue(), rollups.get(voucher.getKey()))) {
                        wrongRollups++;
                        if (wrongRollups < 5) {
                            System.out.printf("MISMATCH %s roll-up of voucher %s: %s, samples %s%n", interval,
                                    voucher.getKey(), java.util.Arrays.toString(rollups.get(voucher.getKey())),
                                    java.util.Arrays.toString(voucher.getValue()));
                        }
                    }
                }
            }
            boolean ok = found == expected.size() && wrong == 0 && wrongSamples == 0 && wrongRollups == 0;
            System.out.printf("VERIFY %s sessions_expected=%d sessions_found=%d sessions_wrong=%d samples=%d "
                            + "sessions_whose_samples_differ=%d voucher_rollups_differing=%d%n", ok ? "ok" : "FAILED",
                    expected.size(), found, wrong, samples, wrongSamples, wrongRollups);
            return ok;
        }
    }

    private static void add(Map<String, long[]> sums, String key, Document document) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
        sum[0] += number(document, "bytesIn");
        sum[1] += number(document, "bytesOut");
        sum[2] += number(document, "seconds") + number(document, "sessionTime");
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    // ------------------------------------------------------------------ hops

    private static void hops(Map<String, String> options) throws Exception {
        List<Map<String, String>> trials = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(options.get("trials")))) {
            if (line.startsWith("TRIAL") && line.contains("arrived_ms=")) {
                Map<String, String> trial = new HashMap<>();
                for (String field : line.split(" ")) {
                    int eq = field.indexOf('=');
                    if (eq > 0) {
                        trial.put(field.substring(0, eq), field.substring(eq + 1));
                    }
                }
                trials.add(trial);
            }
        }
        long since = trials.stream().mapToLong(t -> Long.parseLong(t.get("t0_ms"))).min().orElse(0) - 5000;
        Map<String, List<ConsumerRecord<String, String>>> topics = new HashMap<>();
        for (String topic : List.of("accounting-records", "session-events", "voucher-events", "router-commands")) {
            topics.put(topic, readSince(options.get("kafka"), topic, since));
        }
        System.out.println("HOPS columns (ms): t0->accounting-records (gateway), ->Accounting-Response, "
                + "->VoucherUsage (session-service), ->EXHAUSTED (voucher-service), ->DisconnectCommand (session-service), "
                + "->Disconnect-Request at NAS (router-gateway), total");
        for (Map<String, String> trial : trials) {
            long t0 = Long.parseLong(trial.get("t0_ms"));
            String voucher = trial.get("voucher");
            String session = trial.get("session");
            long acct = first(topics.get("accounting-records"), t0, v -> v.contains("\"" + session + "\"")
                    && v.contains("INTERIM_UPDATE"));
            long usage = first(topics.get("session-events"), Math.max(t0, acct), v -> v.contains("\"VoucherUsage\"")
                    && v.contains("\"" + voucher + "\""));
            long exhausted = first(topics.get("voucher-events"), t0, v -> v.contains("\"VoucherStateChanged\"")
                    && v.contains("\"" + voucher + "\"") && v.contains("EXHAUSTED"));
            long command = first(topics.get("router-commands"), t0, v -> v.contains("\"" + session + "\""));
            long arrived = Long.parseLong(trial.get("arrived_ms"));
            long response = t0 + Long.parseLong(trial.get("response_us")) / 1000;
            System.out.printf("HOP voucher=%s acct=%d response=%d usage=%d exhausted=%d command=%d nas=%d total=%d%n",
                    voucher, acct - t0, response - t0, usage - acct, exhausted - usage, command - exhausted,
                    arrived - command, arrived - t0);
        }
    }

    private static long first(List<ConsumerRecord<String, String>> records, long from,
            java.util.function.Predicate<String> matches) {
        return records.stream().filter(r -> r.timestamp() >= from && matches.test(r.value()))
                .mapToLong(ConsumerRecord::timestamp).min().orElse(-1);
    }

    /** Every record of the topic from {@code since} (epoch ms, by record timestamp) to its current end. */
    private static List<ConsumerRecord<String, String>> readSince(String bootstrap, String topic, long since) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        String adminPassword = System.getenv("HOTSPOT_KAFKA_ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isEmpty()) {
            // The launcher's broker admits only SCRAM users: read as its administrator (run.sh).
            props.put("security.protocol", "SASL_PLAINTEXT");
            props.put("sasl.mechanism", "SCRAM-SHA-512");
            props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
                    + adminPassword + "\";");
        }
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> from = new HashMap<>();
            partitions.forEach(p -> from.put(p, since));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.offsetsForTimes(from).forEach((p, offset) -> consumer.seek(p, offset == null ? end.get(p)
                    : offset.offset()));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }
}
