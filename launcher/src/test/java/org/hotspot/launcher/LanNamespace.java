package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace of the test's own, standing for a LAN machine with a second address: its lo
 * has 127.0.0.1/8 and, as a secondary address, 127.0.0.2 (the machine's own addresses are never
 * used). As on a router's network, a request to 127.0.0.2 leaves from 127.0.0.1 (the primary
 * address is the preferred source), so a reply from 127.0.0.1 is one the client did not ask for.
 * The namespace lives as long as the process started in it ({@code unshare}, as root of a user
 * namespace of its own) and whatever that starts; commands reach it with {@code nsenter}. Nothing
 * is named or mounted, so nothing outlives the processes.
 */
final class LanNamespace {

    static final String ADDRESS = "127.0.0.2";

    private LanNamespace() {
    }

    /** {@code command}, run in a new namespace set up as above. */
    static List<String> starting(List<String> command) {
        List<String> line = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--net", "--", "bash", "-c",
                "ip link set lo up && ip addr add " + ADDRESS + "/8 dev lo && exec \"$0\" \"$@\""));
        line.addAll(command);
        return line;
    }

    /**
     * Runs {@code command} in the namespace of process {@code pid} with {@code input} on its stdin:
     * its exit status and output (stderr included). Each command given here bounds its own time.
     */
    static Ran run(long pid, String input, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("nsenter", "--target", Long.toString(pid), "--user", "--net",
                "--preserve-credentials", "--"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("%s ended", line).isTrue();
        return new Ran(process.exitValue(), output);
    }

    /** What a command printed, and how it ended. */
    record Ran(int exit, String output) {
    }
}
