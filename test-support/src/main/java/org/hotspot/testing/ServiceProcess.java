package org.hotspot.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hotspot.infra.ChildProcess;

/**
 * A packaged service a test starts, kills and starts again itself, for what an in-process
 * {@code @QuarkusTest} cannot show: that a service killed mid-stream resumes where it was, losing
 * nothing and counting nothing twice. It runs against the shared Kafka, Redis and MongoDB.
 */
public final class ServiceProcess implements AutoCloseable {

    private final ChildProcess process;
    private final String url;

    private ServiceProcess(ChildProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code module}'s packaged jar with these settings added (a database name, say); ready when returned. */
    public static ServiceProcess start(String module, Map<String, String> env) {
        PackagedService service = new PackagedService(module);
        ChildProcess process = service.start(env);
        return new ServiceProcess(process, service.url());
    }

    public String url() {
        return url;
    }

    /** Kills it as a crash or an OOM killer would: SIGKILL, no shutdown hook, nothing flushed. */
    public void kill() {
        ProcessHandle.of(process.pid()).ifPresent(handle -> {
            handle.destroyForcibly();
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
