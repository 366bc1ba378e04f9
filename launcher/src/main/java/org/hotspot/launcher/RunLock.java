package org.hotspot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running suite per {@code .hotspot/}: an OS file lock (released by the kernel however the
 * launcher ends) plus a pid file so {@code down} and {@code status} know whom to ask.
 */
final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private RunLock(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    /** Takes the lock, or empty when another launcher holds it. */
    static Optional<RunLock> tryAcquire(Settings settings) {
        try {
            Path lockFile = settings.runFile("launcher.lock");
            OwnerOnly.directories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Path pidFile = settings.runFile("launcher.pid");
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
            return Optional.of(new RunLock(channel, lock, pidFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running launcher, if any: its pid file names a live process. */
    static Optional<ProcessHandle> running(Settings settings) {
        Path pidFile = settings.runFile("launcher.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(c -> c.contains("java")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(pidFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The kernel drops the lock when the process ends anyway.
        }
    }
}
