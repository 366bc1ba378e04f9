package org.hotspot.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.infra.LocalServersTest.alive;
import static org.hotspot.infra.LocalServersTest.awaitDead;
import static org.hotspot.infra.LocalServersTest.read;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Children stop when asked, and die when the process that started them is killed outright. */
class ChildProcessTest {

    @TempDir
    Path dir;

    /** A child that blocks forever. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** A middle process that starts a Java and a native grandchild, writes their pids, and blocks. */
    public static final class Middle {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            ChildProcess java = ChildProcess.java("sleeper", classpath(), List.of("-Xmx32m"), Sleeper.class.getName(),
                    List.of(), Map.of(), dir.resolve("sleeper.log"));
            ChildProcess sleep = ChildProcess.nativeProgram("sleep", List.of("sleep", "600"), Map.of(),
                    dir.resolve("sleep.log"));
            Files.writeString(dir.resolve("java.pid"), Long.toString(java.pid()));
            Files.writeString(dir.resolve("native.pid"), Long.toString(sleep.pid()));
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aJavaChildStopsGracefullyWhenAsked() throws Exception {
        ChildProcess child = ChildProcess.java("sleeper", classpath(), List.of("-Xmx32m"), Sleeper.class.getName(),
                List.of(), Map.of(), dir.resolve("sleeper.log"));
        assertThat(child.isAlive()).isTrue();

        child.stop(Duration.ofSeconds(10));

        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void aNativeChildAndItsGuardStopWhenAsked() throws Exception {
        ChildProcess guard = ChildProcess.nativeProgram("sleep", List.of("sleep", "600"), Map.of(),
                dir.resolve("sleep.log"));
        List<ProcessHandle> programs = awaitDescendants(guard.pid());

        guard.stop(Duration.ofSeconds(10));

        assertThat(guard.isAlive()).isFalse();
        for (ProcessHandle program : programs) {
            awaitDead(program.pid(), Duration.ofSeconds(5));
            assertThat(program.isAlive()).as("guarded program %d", program.pid()).isFalse();
        }
    }

    @Test
    void childrenDieWhenTheirParentIsKilled() throws Exception {
        ChildProcess middle = ChildProcess.java("middle", classpath(), List.of("-Xmx64m"), Middle.class.getName(),
                List.of(dir.toString()), Map.of(), dir.resolve("middle.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((read(dir.resolve("java.pid")).isEmpty() || read(dir.resolve("native.pid")).isEmpty())
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        long javaPid = Long.parseLong(read(dir.resolve("java.pid")));
        long guardPid = Long.parseLong(read(dir.resolve("native.pid")));
        List<ProcessHandle> nativePrograms = awaitDescendants(guardPid);
        assertThat(alive(javaPid)).isTrue();

        ProcessHandle.of(middle.pid()).orElseThrow().destroyForcibly();

        awaitDead(javaPid, Duration.ofSeconds(15));
        awaitDead(guardPid, Duration.ofSeconds(15));
        assertThat(alive(javaPid)).as("java grandchild outlived its killed parent").isFalse();
        assertThat(alive(guardPid)).as("native guard outlived its killed parent").isFalse();
        for (ProcessHandle program : nativePrograms) {
            awaitDead(program.pid(), Duration.ofSeconds(5));
            assertThat(program.isAlive()).as("native grandchild outlived its killed parent").isFalse();
        }
    }

    private static List<ProcessHandle> awaitDescendants(long pid) throws InterruptedException {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> found = handle.descendants().toList();
            if (!found.isEmpty()) {
                return found;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("process " + pid + " started no program");
    }

    private static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
    }
}
