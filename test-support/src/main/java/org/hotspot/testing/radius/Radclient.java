package org.hotspot.testing.radius;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * FreeRADIUS's own {@code radclient} (Debian's freeradius-utils) playing the router: it encodes,
 * signs and retransmits the way a deployed RADIUS client does, so a test that passes against it
 * does not merely agree with our own codec. Each send runs the binary once, with {@code -x} so the
 * reply is printed, and is killed if it outlives its retries by more than a few seconds.
 *
 * <p>Attributes are radclient's input lines, {@code Name = value}: strings quoted
 * ({@code User-Name = "ABC"}, see {@link #text}), octets as {@code 0x...}, integers, dates and
 * addresses bare. {@code Message-Authenticator = 0x00} makes radclient add a real one.
 *
 * @param host     the server's address, as radclient takes it
 * @param port     the server's UDP port
 * @param secret   the shared secret
 * @param attempts how many times a packet is sent before giving up (radclient's {@code -r}, which
 *                 counts the first send: 1 sends once)
 * @param timeout  how long radclient waits for a reply to each send ({@code -t})
 */
public record Radclient(String host, int port, String secret, int attempts, Duration timeout) {

    /** What radclient runs as; found on the PATH (.ci/run installs freeradius-utils). */
    static final String BINARY = "radclient";

    /** Extra time given to the process beyond its own retries before it is killed. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    public Radclient {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** A client of the server at {@code host:port}: one attempt, 2 s to answer it. */
    public static Radclient to(String host, int port, String secret) {
        return new Radclient(host, port, secret, 1, Duration.ofSeconds(2));
    }

    /** The same client, sending each packet up to {@code attempts} times. */
    public Radclient attempts(int attempts) {
        return new Radclient(host, port, secret, attempts, timeout);
    }

    /** The same client, waiting {@code timeout} for the reply to each send. */
    public Radclient timeout(Duration timeout) {
        return new Radclient(host, port, secret, attempts, timeout);
    }

    /** Sends one Access-Request. */
    public Reply auth(String... attributes) {
        return send("auth", List.of(attributes));
    }

    /** Sends one Accounting-Request. */
    public Reply acct(String... attributes) {
        return send("acct", List.of(attributes));
    }

    /** Sends one RFC 5176 Disconnect-Request (radclient signs it as that RFC says). */
    public Reply disconnect(String... attributes) {
        return send("disconnect", List.of(attributes));
    }

    /** Sends one RFC 5176 CoA-Request. */
    public Reply coa(String... attributes) {
        return send("coa", List.of(attributes));
    }

    /**
     * Sends one packet.
     *
     * @param command radclient's word for the packet: auth, acct, status, coa or disconnect
     */
    public Reply send(String command, List<String> attributes) {
        return sendAll(command, List.of(attributes)).get(0);
    }

    /**
     * Sends several packets from one radclient run, one after another, each waiting for its reply
     * or its last timeout before the next goes; the replies in the same order.
     */
    public List<Reply> sendAll(String command, List<List<String>> packets) {
        if (packets.isEmpty()) {
            throw new IllegalArgumentException("no packet to send");
        }
        Duration bound = timeout.multipliedBy((long) attempts * packets.size()).plus(GRACE);
        Transcript transcript = run(command, stdin(packets), bound);
        return RadclientOutput.parse(transcript.stdout(), transcript.stderr(), packets.size());
    }

    /** An attribute line with a string value, quoted and escaped as radclient reads it. */
    public static String text(String name, String value) {
        return name + " = \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Packets separated by a blank line, as radclient reads several from one input. */
    private static String stdin(List<List<String>> packets) {
        StringBuilder input = new StringBuilder();
        for (List<String> packet : packets) {
            if (packet.isEmpty()) {
                throw new IllegalArgumentException("a packet needs at least one attribute");
            }
            for (String line : packet) {
                if (line.isBlank() || line.contains("\n")) {
                    throw new IllegalArgumentException("not one attribute line: '" + line + "'");
                }
                input.append(line).append('\n');
            }
            input.append('\n');
        }
        return input.toString();
    }

    private List<String> commandLine(String command) {
        String server = host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
        String seconds = String.format(Locale.ROOT, "%.3f", timeout.toMillis() / 1000.0);
        return List.of(BINARY, "-x", "-r", Integer.toString(attempts), "-t", seconds, server, command, secret);
    }

    /**
     * Runs radclient to completion. Output goes to files, not pipes, so a chatty run can never
     * block on a full pipe while we wait for it to exit.
     */
    private Transcript run(String command, String input, Duration bound) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("radclient");
            Path stdin = Files.writeString(dir.resolve("stdin"), input);
            Path stdout = dir.resolve("stdout");
            Path stderr = dir.resolve("stderr");
            Process process = start(new ProcessBuilder(commandLine(command))
                    .redirectInput(stdin.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()));
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("radclient still running after " + bound + ", killed; output so far:\n"
                        + read(stdout) + read(stderr));
            }
            return new Transcript(read(stdout), read(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while radclient ran", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run radclient (Debian package freeradius-utils): " + e.getMessage(),
                    e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        for (String name : new String[] {"stdin", "stdout", "stderr", ""}) {
            dir.resolve(name).toFile().delete();
        }
    }

    private record Transcript(String stdout, String stderr) {
    }

    /**
     * What came back for one packet.
     *
     * @param code       the reply's code as radclient names it ({@code Access-Accept},
     *                   {@code Accounting-Response}, {@code Disconnect-NAK}...), or {@code null} when
     *                   no valid reply came (silence, or a reply radclient refused, e.g. for a wrong
     *                   secret: the transcript says which)
     * @param attributes the reply's attributes in order, name to values: strings unquoted and
     *                   unescaped, everything else as radclient prints it ({@code 3600},
     *                   {@code 10.5.0.9}, {@code 0x0102ff}, enumeration names)
     * @param transcript everything radclient printed, for failure messages
     */
    public record Reply(String code, Map<String, List<String>> attributes, String transcript) {

        /** Whether a reply came that radclient accepted. */
        public boolean answered() {
            return code != null;
        }

        /** The first value of the attribute, or {@code null} if the reply has none. */
        public String value(String name) {
            List<String> values = attributes.get(name);
            return values == null ? null : values.get(0);
        }

        /** Every value of the attribute, in order; empty if none. */
        public List<String> values(String name) {
            return attributes.getOrDefault(name, List.of());
        }
    }
}
