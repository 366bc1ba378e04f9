import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * {@code java MongoFloor.java URI SERVER_PID [BATCHES]}: the least a database must do per accounting
 * record, measured on the server given: per record one usage sample inserted and one session written
 * conditionally on its version, in unordered bulks of 1,000 as session-service sends them, documents
 * shaped like session-service's, the same unique indexes. No roll-up, no ledger, no event, no Kafka:
 * the floor under any design that keeps a session and its samples. Prints the server process's CPU
 * per record (from /proc/SERVER_PID/stat) and the records per second the writes alone allow.
 */
public final class MongoFloor {

    private static final int BATCH = 1_000;
    private static final int SESSIONS = 4_000;

    public static void main(String[] args) throws Exception {
        long pid = Long.parseLong(args[1]);
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        try (MongoClient client = MongoClients.create(args[0])) {
            var db = client.getDatabase("floor_" + System.nanoTime());
            MongoCollection<Document> samples = db.getCollection("usage_samples");
            MongoCollection<Document> sessions = db.getCollection("sessions");
            samples.createIndex(Indexes.ascending("sessionKey", "sequence"), new IndexOptions().unique(true));
            sessions.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            long[] versions = new long[SESSIONS];
            long[] sequences = new long[SESSIONS];
            int warmup = batches / 3;
            long cpuAt = 0;
            long wallAt = 0;
            for (int b = 0; b < batches + warmup; b++) {
                if (b == warmup) {
                    cpuAt = cpuTicks(pid);
                    wallAt = System.nanoTime();
                }
                List<Document> sampleDocs = new ArrayList<>(BATCH);
                List<WriteModel<Document>> sessionWrites = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    int s = (b * BATCH + i) % SESSIONS;
                    long sequence = ++sequences[s];
                    sampleDocs.add(sample(s, sequence));
                    Document session = session(s, sequence, versions[s] + 1);
                    sessionWrites.add(new ReplaceOneModel<>(
                            new Document("_id", "r1:" + s).append("version", versions[s]), session,
                            new com.mongodb.client.model.ReplaceOptions().upsert(versions[s] == 0)));
                    versions[s]++;
                }
                samples.insertMany(sampleDocs, new InsertManyOptions().ordered(false));
                sessions.bulkWrite(sessionWrites, new BulkWriteOptions().ordered(false));
            }
            double seconds = (System.nanoTime() - wallAt) / 1e9;
            double cpuSeconds = (cpuTicks(pid) - cpuAt) / 100.0;
            long records = (long) batches * BATCH;
            System.out.printf("FLOOR records %d in %.1f s: %.0f records/s; server CPU %.0f µs per record "
                    + "(two writes: a sample insert, a session replace)%n",
                    records, seconds, records / seconds, cpuSeconds * 1e6 / records);
            db.drop();
        }
    }

    private static Document sample(int s, long sequence) {
        return new Document("_id", "rec-" + s + "-" + sequence)
                .append("organizationId", "org-1")
                .append("sessionKey", "r1:" + s)
                .append("sequence", sequence)
                .append("voucherId", "v" + (s % 200))
                .append("profileId", "p1")
                .append("routerId", "r1")
                .append("site", "site-1")
                .append("at", new Date())
                .append("bytesIn", 1_000L * sequence)
                .append("bytesOut", 5_000L * sequence)
                .append("seconds", 60L)
                .append("storedAt", new Date());
    }

    private static Document session(int s, long sequence, long version) {
        return new Document("_id", "r1:" + s)
                .append("organizationId", "org-1").append("voucherId", "v" + (s % 200)).append("profileId", "p1")
                .append("routerId", "r1").append("nasIdentifier", "nas-1").append("site", "site-1")
                .append("acctSessionId", Integer.toHexString(s)).append("mac", "02:00:00:00:00:01")
                .append("framedIp", "10.5.50.2").append("state", "OPEN").append("startedAt", new Date())
                .append("lastUpdateAt", new Date()).append("bytesIn", 1_000L * sequence)
                .append("bytesOut", 5_000L * sequence).append("sessionTime", 60L * sequence)
                .append("lastInputOctets", 1_000L * sequence).append("lastOutputOctets", 5_000L * sequence)
                .append("lastSessionTime", 60L * sequence).append("sequence", sequence)
                .append("recentRecordIds", List.of("rec-" + s + "-" + sequence))
                .append("lastPartition", "accounting-records-0").append("lastOffset", sequence)
                .append("version", version).append("interimSeconds", 60L);
    }

    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
