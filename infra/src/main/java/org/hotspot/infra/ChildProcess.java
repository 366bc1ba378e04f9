package org.hotspot.infra;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A process this JVM started and that stops when asked or when this JVM dies.
 *
 * <p>Java children run under {@link ParentWatch}; native ones under a small shell guard that waits
 * for end of input and then stops them. Either way the stop signal is this process's stdin pipe:
 * {@link #close()} closes it and waits, then forces.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class);

    /** The shell guard: runs the command in the background and stops it at end of stdin. */
    private static final String GUARD = "trap '' INT; \"$@\" </dev/null & child=$!; "
            + "cat >/dev/null; kill -TERM $child 2>/dev/null; wait $child";

    private final String name;
    private final Process process;
    private final OutputStream stdin;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdin = process.getOutputStream();
    }

    /** Starts a JVM running {@code mainClass} with the classpath, JVM options and arguments given. */
    public static ChildProcess java(String name, List<Path> classpath, List<String> jvmOptions, String mainClass,
            List<String> args, Map<String, String> env, Path log) throws IOException {
        return java(name, null, classpath, jvmOptions, mainClass, args, env, log);
    }

    /**
     * The same, run in {@code workingDirectory} (null: this JVM's): a class-data archive names the
     * classpath entries it was made with relative to the directory it was made in.
     */
    public static ChildProcess java(String name, Path workingDirectory, List<Path> classpath, List<String> jvmOptions,
            String mainClass, List<String> args, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ParentWatch.class.getName());
        command.add(mainClass);
        command.addAll(args);
        return start(name, workingDirectory, command, env, log);
    }

    /** Starts a native program under the shell guard. */
    public static ChildProcess nativeProgram(String name, List<String> command, Map<String, String> env, Path log)
            throws IOException {
        List<String> guarded = new ArrayList<>(List.of("/bin/sh", "-c", GUARD, name));
        guarded.addAll(command);
        return start(name, null, guarded, env, log);
    }

    private static ChildProcess start(String name, Path workingDirectory, List<String> command,
            Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory == null ? null : workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        LOG.debugf("starting %s: %s", name, command);
        return new ChildProcess(name, builder.start());
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself, as a one-shot tool does; its exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException(name + " did not finish within " + timeout);
        }
        return process.exitValue();
    }

    /** Asks the process to stop (end of its input), waits, then forces it and everything it started. */
    public void stop(Duration grace) {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already closed: the process is on its way out.
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("%s did not stop within %s; killing it", name, grace);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
