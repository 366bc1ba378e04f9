package org.hotspot.testing.radius;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code radclient -x} prints into one {@link Radclient.Reply} per packet sent. It
 * prints, for each packet in turn: a {@code Sent <code> Id <n> ...} block per attempt, then either
 * {@code Received <code> Id <n> ...} followed by the reply's attributes, one per line after a tab,
 * or {@code (<packet>) No reply from server for ID <n> ...}. A reply it refused (a bad
 * authenticator) shows on stderr only and ends as "No reply" on stdout.
 */
final class RadclientOutput {

    private static final Pattern SENT = Pattern.compile("^Sent \\S+ Id \\d+ ");
    private static final Pattern RECEIVED = Pattern.compile("^Received (\\S+) Id \\d+ ");
    private static final Pattern NO_REPLY = Pattern.compile("^\\(\\d+\\) No reply from server");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\t(\\S+) = (.*)$");

    private RadclientOutput() {
    }

    /**
     * The replies to {@code packets} packets.
     *
     * @throws IllegalStateException when radclient did not account for every packet (it refused
     *                               the input, or could not resolve the server): its output says why
     */
    static List<Radclient.Reply> parse(String stdout, String stderr, int packets) {
        String transcript = stdout + stderr;
        List<Map<String, List<String>>> attributeBlocks = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        boolean pending = false;
        Map<String, List<String>> current = null;
        for (String line : stdout.split("\n", -1)) {
            Matcher received = RECEIVED.matcher(line);
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (SENT.matcher(line).find()) {
                pending = true;
                current = null;
            } else if (pending && received.find()) {
                current = new LinkedHashMap<>();
                codes.add(received.group(1));
                attributeBlocks.add(current);
                pending = false;
            } else if (pending && NO_REPLY.matcher(line).find()) {
                codes.add(null);
                attributeBlocks.add(Map.of());
                pending = false;
            } else if (current != null && attribute.matches()) {
                current.computeIfAbsent(attribute.group(1), name -> new ArrayList<>()).add(value(attribute.group(2)));
            } else if (!line.startsWith("\t")) {
                current = null;
            }
        }
        if (codes.size() != packets) {
            throw new IllegalStateException("radclient accounted for " + codes.size() + " of " + packets
                    + " packets:\n" + transcript);
        }
        List<Radclient.Reply> replies = new ArrayList<>();
        for (int i = 0; i < packets; i++) {
            replies.add(new Radclient.Reply(codes.get(i), frozen(attributeBlocks.get(i)), transcript));
        }
        return List.copyOf(replies);
    }

    private static Map<String, List<String>> frozen(Map<String, List<String>> attributes) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        attributes.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A value as radclient printed it: a quoted string is unescaped ({@code \"}, {@code \\},
     * {@code \n}, {@code \r}, {@code \t} and octal {@code \ooo} for bytes it would not print) and
     * read as UTF-8; anything else is kept as printed.
     */
    static String value(String printed) {
        if (printed.length() < 2 || !printed.startsWith("\"") || !printed.endsWith("\"")) {
            return printed;
        }
        String body = printed.substring(1, printed.length() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            int c = body.codePointAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c) - 1;
                continue;
            }
            char next = body.charAt(++i);
            if (i + 2 < body.length() && body.substring(i, i + 3).matches("[0-7]{3}")) {
                bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
                i += 2;
            } else {
                bytes.write(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
