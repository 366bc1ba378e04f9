import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java MemoryMongo.java PORT}: the embedded MongoDB (mongo-java-server) with its memory
 * backend, in a process of its own on 127.0.0.1:PORT, until killed. For {@code run.sh --mongo memory}:
 * the suite's code measured with a database that keeps nothing on disk, where the launcher's own
 * embedded MongoDB (H2 file backend) is the slowest part of the path. {@code java MemoryMongo.java
 * PORT FILE}: the H2 file backend instead, as the launcher runs it, in a process of its own
 * ({@code MongoFloor.java} measures both).
 */
public final class MemoryMongo {

    public static void main(String[] args) throws InterruptedException {
        MongoBackend backend = args.length > 1 ? new H2Backend(args[1]) : new MemoryBackend();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("MemoryMongo listening on 127.0.0.1:" + args[0]);
        new CountDownLatch(1).await();
    }
}
