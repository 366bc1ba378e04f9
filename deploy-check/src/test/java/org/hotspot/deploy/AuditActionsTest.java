package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action a service writes to the audit log by name is one the audit API knows
 * ({@code common/audit/AuditActions.KNOWN}): an unknown one is refused as a filter, so the dashboard's
 * audit page could not find those records by what they are.
 */
class AuditActionsTest {

    /** A call that records an audit entry, up to the end of its statement. */
    private static final Pattern RECORDING = Pattern.compile("(?:audit\\w*\\.record\\w*|audited)\\(([^;]*);");
    private static final Pattern ACTION = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");

    @Test
    void everyActionRecordedByNameIsKnownToTheAuditApi() throws IOException {
        Path root = RepoRoot.get();
        Set<String> known = literals(Files.readString(
                root.resolve("common/src/main/java/org/hotspot/common/audit/AuditActions.java")));
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(root, 12)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/")).toList()) {
                Matcher call = RECORDING.matcher(Files.readString(source));
                while (call.find()) {
                    recorded.addAll(literals(call.group(1)));
                }
            }
        }

        assertThat(recorded).as("actions recorded by name").hasSizeGreaterThan(10);
        assertThat(known).containsAll(recorded);
    }

    private static Set<String> literals(String text) {
        Set<String> found = new TreeSet<>();
        Matcher literal = ACTION.matcher(text);
        while (literal.find()) {
            found.add(literal.group(1));
        }
        return found;
    }
}
