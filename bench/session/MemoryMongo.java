import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java MemoryMongo.java PORT}: the embedded MongoDB (mongo-java-server) with its memory
 * backend, in a process of its own on 127.0.0.1:PORT, until killed. For {@code run.sh --mongo memory}:
 * the suite's code measured with a database that keeps nothing on disk, where the launcher's own
 * embedded MongoDB (H2 file backend) is the slowest part of the path.
 */
public final class MemoryMongo {

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("MemoryMongo listening on 127.0.0.1:" + args[0]);
        new CountDownLatch(1).await();
    }
}
