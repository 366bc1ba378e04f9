import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's latency as the wire saw it: a loopback capture (tcpdump -w, nanosecond stamps) of a
 * run, each request paired with its answer by the client's port and the RADIUS Identifier, the
 * time between the kernel passing the request and passing the answer. Unlike the generator's own
 * figures this leaves out the generator's delays (sending late, reading answers late), so it is
 * what a router on a quiet network would see of the server.
 *
 * <pre>java WireLatency.java CAPTURE.pcap SERVER_PORT SKIP_SECONDS LABEL</pre>
 *
 * Prints one line: {@code WIRE label=... requests=... answered=... p50_ms=... p99_ms=...
 * p999_ms=... max_ms=... over_2ms=... arrivals_per_ms_...=... longest_silence_ms=...}, the last
 * ones saying how evenly the requests came (per millisecond that had any, and the longest wait
 * between two). Requests count from SKIP_SECONDS after the first packet (the run's warm-up). An
 * answer without a request is ignored; a request answered twice counts once.
 */
public final class WireLatency {

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: WireLatency CAPTURE.pcap SERVER_PORT SKIP_SECONDS LABEL");
            System.exit(2);
        }
        int serverPort = Integer.parseInt(args[1]);
        long skipNanos = (long) (Double.parseDouble(args[2]) * 1e9);
        String label = args[3];

        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(args[0]), 1 << 20))) {
            byte[] header = new byte[24];
            in.readFully(header);
            ByteBuffer h = ByteBuffer.wrap(header);
            int magic = h.order(ByteOrder.BIG_ENDIAN).getInt(0);
            ByteOrder order;
            boolean nanos;
            switch (magic) {
                case 0xa1b23c4d -> { order = ByteOrder.BIG_ENDIAN; nanos = true; }
                case 0x4d3cb2a1 -> { order = ByteOrder.LITTLE_ENDIAN; nanos = true; }
                case 0xa1b2c3d4 -> { order = ByteOrder.BIG_ENDIAN; nanos = false; }
                case 0xd4c3b2a1 -> { order = ByteOrder.LITTLE_ENDIAN; nanos = false; }
                default -> throw new IOException("not a pcap file (magic " + Integer.toHexString(magic) + ")");
            }
            int linkType = h.order(order).getInt(20);
            int linkHeader = switch (linkType) {
                case 1 -> 14;   // Ethernet, as Linux's loopback is captured
                case 113 -> 16; // Linux cooked (-i any)
                case 276 -> 20; // Linux cooked v2
                case 0 -> 4;    // BSD loopback
                default -> throw new IOException("link type " + linkType + " not handled");
            };

            // Pending requests by (client port << 8 | identifier): when each was seen.
            Map<Integer, Long> pending = new HashMap<>();
            long[] latencies = new long[1 << 20];
            int count = 0;
            long requests = 0;
            long first = Long.MIN_VALUE;
            // How the requests arrived: per millisecond, and the longest silence between two.
            Map<Long, Integer> perMillisecond = new HashMap<>();
            long lastRequest = Long.MIN_VALUE;
            long longestSilence = 0;
            byte[] record = new byte[16];
            byte[] data = new byte[65536];
            while (true) {
                try {
                    in.readFully(record);
                } catch (EOFException end) {
                    break;
                }
                ByteBuffer r = ByteBuffer.wrap(record).order(order);
                long seconds = Integer.toUnsignedLong(r.getInt(0));
                long fraction = Integer.toUnsignedLong(r.getInt(4));
                int captured = r.getInt(8);
                in.readFully(data, 0, captured);
                long at = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000);
                if (first == Long.MIN_VALUE) first = at;

                int ip = linkHeader;
                if (captured < ip + 20 || (data[ip] & 0xf0) != 0x40 || data[ip + 9] != 17) continue; // IPv4 UDP only
                int udp = ip + (data[ip] & 0x0f) * 4;
                if (captured < udp + 8 + 2) continue;
                int sourcePort = u16(data, udp);
                int destinationPort = u16(data, udp + 2);
                int identifier = data[udp + 9] & 0xff;
                if (destinationPort == serverPort) {
                    if (at - first < skipNanos) continue;
                    pending.put(sourcePort << 8 | identifier, at);
                    requests++;
                    perMillisecond.merge(at / 1_000_000, 1, Integer::sum);
                    if (lastRequest != Long.MIN_VALUE) longestSilence = Math.max(longestSilence, at - lastRequest);
                    lastRequest = at;
                } else if (sourcePort == serverPort) {
                    Long sent = pending.remove(destinationPort << 8 | identifier);
                    if (sent == null) continue;
                    if (count == latencies.length) latencies = Arrays.copyOf(latencies, count * 2);
                    latencies[count++] = at - sent;
                }
            }
            Arrays.sort(latencies, 0, count);
            long over2 = 0;
            for (int i = count - 1; i >= 0 && latencies[i] > 2_000_000; i--) over2++;
            int[] arrivals = perMillisecond.values().stream().mapToInt(Integer::intValue).sorted().toArray();
            System.out.printf("WIRE label=%s requests=%d answered=%d p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f over_2ms=%d"
                            + " arrivals_per_ms_p50=%d arrivals_per_ms_p99=%d arrivals_per_ms_max=%d longest_silence_ms=%.3f%n",
                    label.replace(' ', '_'), requests, count, ms(latencies, count, 0.50), ms(latencies, count, 0.99),
                    ms(latencies, count, 0.999), count == 0 ? 0 : latencies[count - 1] / 1e6, over2,
                    quantile(arrivals, 0.50), quantile(arrivals, 0.99), arrivals.length == 0 ? 0 : arrivals[arrivals.length - 1],
                    longestSilence / 1e6);
        }
    }

    private static double ms(long[] sorted, int count, double quantile) {
        if (count == 0) return 0;
        int index = (int) Math.min(count - 1, Math.ceil(quantile * count) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Of the milliseconds in which some request arrived. */
    private static int quantile(int[] sorted, double quantile) {
        if (sorted.length == 0) return 0;
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))];
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xff) << 8 | data[at + 1] & 0xff;
    }
}
