package org.hotspot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** {@code up | down | status | reset}, as {@code ./hotspot} passes them. */
public final class Main {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final String USAGE = "./hotspot up [--listen ADDRESS] | down | status | reset";
    /** Where the running suite listens, for a {@code status} from a shell without its HOTSPOT_LISTEN. */
    private static final String LISTEN_FILE = "listen";

    /** The launcher's own lines at INFO; libraries' only when something is wrong. Held: JUL forgets levels of collected loggers. */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");
    private static final Logger OWN_LOGGER = Logger.getLogger("org.hotspot");
    /** The embedded MongoDB warns of every index it does not implement; docs/operations.md says what it lacks. */
    private static final Logger MONGO_LOGGER = Logger.getLogger("de.bwaldvogel");

    private final Settings settings;
    private final PrintStream out;
    private volatile boolean stopping;

    private Main(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "hotspot: %5$s%6$s%n");
        ROOT_LOGGER.setLevel(Level.WARNING);
        OWN_LOGGER.setLevel(Level.INFO);
        MONGO_LOGGER.setLevel(Level.SEVERE);
        String command = args.length == 0 ? "" : args[0];
        try {
            Main main = new Main(withFlags(Settings.fromEnvironment(System.getenv()), command, args), System.out);
            int exit = switch (command) {
                case "up" -> main.up();
                case "down" -> main.down();
                case "status" -> main.status();
                case "reset" -> main.reset();
                default -> main.usage();
            };
            System.exit(exit);
        } catch (LauncherException e) {
            System.err.println("hotspot: " + e.getMessage());
            System.exit(e.exitCode());
        } catch (IOException | RuntimeException e) {
            System.err.println("hotspot: " + e);
            System.exit(1);
        }
    }

    /** {@code up --listen ADDRESS} stands for {@code HOTSPOT_LISTEN=ADDRESS}; other commands take no flag. */
    private static Settings withFlags(Settings settings, String command, String[] args) {
        if (args.length <= 1) {
            return settings;
        }
        if (command.equals("up") && args.length == 3 && args[1].equals("--listen")) {
            return settings.with(Listen.VARIABLE, args[2]);
        }
        throw LauncherException.badSetting("unexpected " + String.join(" ", List.of(args).subList(1, args.length))
                + "; usage: " + USAGE);
    }

    private int usage() {
        out.println("usage: " + USAGE);
        return 2;
    }

    private int up() throws IOException {
        // Every setting is checked before anything starts: a wrong one stops here, with one line.
        Listen listen = Listen.from(settings);
        PublicUrl publicUrl = PublicUrl.resolve(settings, listen, Service.named("portal-web").port(settings));
        // Voucher data, Kafka's logs and keys: owner-only, including what an earlier run left wider.
        OwnerOnly.tighten(settings.home());
        Optional<RunLock> lock = RunLock.tryAcquire(settings);
        if (lock.isEmpty()) {
            String pid = RunLock.running(settings).map(p -> " (pid " + p.pid() + ")").orElse("");
            throw new LauncherException("already running" + pid + " for " + settings.home()
                    + "; ./hotspot down stops it");
        }
        try {
            FreePorts.require(settings, listen);
        } catch (LauncherException e) {
            lock.get().close();
            throw e;
        }
        Files.writeString(settings.runFile(LISTEN_FILE), listen.bindHost());
        Suite suite = new Suite(settings, listen, publicUrl, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            out.println("hotspot: stopping...");
            suite.close();
            lock.get().close();
            out.println("hotspot: stopped");
            stopped.countDown();
        }, "hotspot-stop"));
        suite.start();
        watch(suite);
        return 0;
    }

    /**
     * Blocks until a signal stops the launcher; says when a service dies meanwhile, but not while the
     * launcher stops them itself.
     */
    private void watch(Suite suite) {
        List<Service> reported = List.of();
        while (true) {
            Suite.sleep(Duration.ofSeconds(2));
            List<Service> dead = suite.deadServices();
            for (Service service : dead) {
                if (!reported.contains(service) && !stopping) {
                    out.println("hotspot: " + service.name() + " stopped unexpectedly; see "
                            + settings.log(service.name()));
                }
            }
            reported = dead;
        }
    }

    private int down() throws IOException {
        Optional<ProcessHandle> running = RunLock.running(settings);
        if (running.isEmpty()) {
            out.println("hotspot is not running");
            return 0;
        }
        ProcessHandle launcher = running.get();
        List<ProcessHandle> children = launcher.descendants().toList();
        out.println("hotspot: stopping launcher pid " + launcher.pid() + " and its " + children.size()
                + " processes...");
        launcher.destroy();
        boolean ended = awaitEnd(launcher, STOP_TIMEOUT);
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
                ended = false;
            }
        }
        if (!ended) {
            launcher.destroyForcibly();
            out.println("hotspot: some processes had to be killed");
        }
        out.println("hotspot: stopped");
        return 0;
    }

    private int status() throws IOException {
        Optional<ProcessHandle> running = RunLock.running(settings);
        if (running.isEmpty()) {
            out.println("hotspot is not running");
            return 3;
        }
        out.println("hotspot is running (launcher pid " + running.get().pid() + ")");
        Path listenFile = settings.runFile(LISTEN_FILE);
        Listen listen = Listen.from(Files.exists(listenFile)
                ? settings.with(Listen.VARIABLE, Files.readString(listenFile).trim()) : settings);
        boolean allUp = true;
        for (Service service : Service.ALL) {
            String state = Health.readiness(service.managementUrl(settings));
            allUp &= "UP".equals(state);
            out.printf("  %-16s %-12s %s%n", service.name(), state, service.url(settings, listen));
        }
        return allUp ? 0 : 1;
    }

    private int reset() throws IOException {
        if (RunLock.running(settings).isPresent()) {
            throw new LauncherException("running; ./hotspot down first");
        }
        Path home = settings.home();
        if (Files.exists(home)) {
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        out.println("hotspot: removed " + home + " (data, logs, keys and the admin password)");
        return 0;
    }

    private static boolean awaitEnd(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
