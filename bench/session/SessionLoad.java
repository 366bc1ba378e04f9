import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The accounting generator of bench/session: a router's RADIUS accounting (RFC 2866) at router-gateway's
 * accounting port, JDK only.
 *
 * <pre>
 * java SessionLoad.java accounting --port P --secret S --nas-id N --vouchers FILE --sessions 20000 --interims 10
 *          [--inflight 512] [--sockets 32] [--timeout 5] [--run ID] [--expect FILE]
 * java SessionLoad.java quota --auth-port P --port P --coa-port C --secret S --nas-id N --codes FILE
 *          --quota BYTES [--trials 20] [--out FILE]
 * </pre>
 *
 * <b>accounting</b>: every session sends a Start, {@code --interims} Interim-Updates and a Stop, in that
 * order, the next only once the previous was answered (a router's records of one session are minutes
 * apart; sent side by side they could reach Kafka out of order). All sessions are interleaved, with
 * {@code --inflight} requests outstanding across {@code --sockets} sockets. Every packet is built and
 * signed before the clock starts (Request Authenticator = MD5(Code | Identifier | Length | 16 zero octets
 * | Attributes | Secret)); each session keeps one socket and one identifier, so a retransmission after
 * {@code --timeout} seconds is the same datagram, as a router's is. Counters are cumulative and some
 * sessions pass 4 GiB (Gigawords); the totals every session must end with go to {@code --expect}.
 *
 * <b>quota</b>: for each code, a PAP login (with Message-Authenticator), a Start, an Interim-Update under
 * the data quota, then one over it; the time from sending that one to the Disconnect-Request reaching
 * the NAS's CoA port (answered with a Disconnect-ACK) is the delay measured. One TRIAL line per code.
 */
public final class SessionLoad {

    /** Packet codes (RFC 2865, 2866, 5176). */
    static final int ACCESS_REQUEST = 1, ACCESS_ACCEPT = 2, ACCOUNTING_REQUEST = 4, ACCOUNTING_RESPONSE = 5,
            DISCONNECT_REQUEST = 40, DISCONNECT_ACK = 41;

    /** The attributes this generator sends or reads, by their RFC 2865, 2866 and 2869 type numbers. */
    enum Attr {
        USER_NAME(1), USER_PASSWORD(2), NAS_IP_ADDRESS(4), FRAMED_IP_ADDRESS(8), CLASS(25), CALLING_STATION_ID(31),
        NAS_IDENTIFIER(32), ACCT_STATUS_TYPE(40), ACCT_INPUT_OCTETS(42), ACCT_OUTPUT_OCTETS(43), ACCT_SESSION_ID(44),
        ACCT_SESSION_TIME(46), ACCT_TERMINATE_CAUSE(49), ACCT_INPUT_GIGAWORDS(52), ACCT_OUTPUT_GIGAWORDS(53),
        EVENT_TIMESTAMP(55), MESSAGE_AUTHENTICATOR(80);

        final int type;

        Attr(int type) {
            this.type = type;
        }
    }

    /** Acct-Status-Type values. */
    static final int START = 1, STOP = 2, INTERIM = 3;

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("accounting") || args[0].equals("quota"))) {
            System.err.println("usage: java SessionLoad.java accounting|quota --option value ... (see the source's Javadoc)");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (args[0].equals("accounting")) {
            new Accounting(options).run();
        } else {
            new Quota(options).run();
        }
    }

    // ------------------------------------------------------------------ packets

    /** A request's attributes, in order. */
    static final class Attributes {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        Attributes text(Attr type, String value) {
            return raw(type, value.getBytes(StandardCharsets.UTF_8));
        }

        Attributes integer(Attr type, long value) {
            return raw(type, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        }

        Attributes raw(Attr type, byte[] value) {
            bytes.write(type.type);
            bytes.write(value.length + 2);
            bytes.writeBytes(value);
            return this;
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Code, identifier, length and a zero authenticator, then the attributes. */
    static byte[] packet(int code, int identifier, byte[] attributes) {
        byte[] packet = new byte[20 + attributes.length];
        packet[0] = (byte) code;
        packet[1] = (byte) identifier;
        packet[2] = (byte) (packet.length >>> 8);
        packet[3] = (byte) packet.length;
        System.arraycopy(attributes, 0, packet, 20, attributes.length);
        return packet;
    }

    /** RFC 2866 §3: the Request Authenticator of an Accounting-Request, over the packet with 16 zero octets there. */
    static byte[] signAccounting(byte[] packet, byte[] secret) {
        byte[] authenticator = md5(packet, secret);
        System.arraycopy(authenticator, 0, packet, 4, 16);
        return packet;
    }

    /** RFC 2865 §3: whether a reply's Response Authenticator matches the request it answers. */
    static boolean validReply(byte[] reply, int length, byte[] requestAuthenticator, byte[] secret) {
        byte[] copy = java.util.Arrays.copyOf(reply, length);
        byte[] received = java.util.Arrays.copyOfRange(copy, 4, 20);
        System.arraycopy(requestAuthenticator, 0, copy, 4, 16);
        return MessageDigest.isEqual(md5(copy, secret), received);
    }

    /** The first attribute of this type in a packet, or null. */
    static byte[] attribute(byte[] packet, int length, Attr type) {
        for (int at = 20; at + 2 <= length; at += packet[at + 1] & 0xff) {
            if ((packet[at + 1] & 0xff) < 2) {
                return null;
            }
            if ((packet[at] & 0xff) == type.type) {
                return java.util.Arrays.copyOfRange(packet, at + 2, at + (packet[at + 1] & 0xff));
            }
        }
        return null;
    }

    static byte[] md5(byte[]... parts) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (byte[] part : parts) {
                md5.update(part);
            }
            return md5.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mac(int index) {
        return String.format("02:5E:%02X:%02X:%02X:%02X", (index >>> 24) & 0xff, (index >>> 16) & 0xff,
                (index >>> 8) & 0xff, index & 0xff);
    }

    static DatagramChannel socket(String host, int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
        channel.connect(new InetSocketAddress(host, port));
        return channel;
    }

    static String option(Map<String, String> options, String name, String otherwise) {
        String value = options.getOrDefault(name, otherwise);
        if (value == null) {
            System.err.println("SessionLoad: --" + name + " is required");
            System.exit(2);
        }
        return value;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" [0-9]+/.*", "").replace(' ', '/');
        } catch (IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------ accounting

    /** Many sessions' accounting, each session's records in order, as fast as the gateway answers. */
    static final class Accounting {
        private final String host;
        private final int port;
        private final byte[] secret;
        private final String nasId;
        private final List<String> vouchers;
        private final int sessions;
        private final int records;
        private final int inflight;
        private final int socketCount;
        private final long timeoutNanos;
        private final String run;
        private final Path expect;
        private final long baseTime = System.currentTimeMillis() / 1000;

        /** Every packet, signed: [session][record]. */
        private byte[][][] packets;
        private final int[] next;
        private final long[] sentAt;
        private final ArrayDeque<Integer> ready = new ArrayDeque<>();
        private final AtomicLong answered = new AtomicLong();
        private final AtomicLong retransmitted = new AtomicLong();
        private final AtomicLong lateReplies = new AtomicLong();
        private int outstanding;
        private int finishedSessions;

        Accounting(Map<String, String> options) throws IOException {
            host = option(options, "host", "127.0.0.1");
            port = Integer.parseInt(option(options, "port", null));
            secret = option(options, "secret", null).getBytes(StandardCharsets.UTF_8);
            nasId = option(options, "nas-id", null);
            vouchers = Files.readAllLines(Path.of(option(options, "vouchers", null))).stream()
                    .filter(line -> !line.isBlank()).toList();
            sessions = Integer.parseInt(option(options, "sessions", "20000"));
            records = Integer.parseInt(option(options, "interims", "10")) + 2;
            inflight = Integer.parseInt(option(options, "inflight", "512"));
            socketCount = Integer.parseInt(option(options, "sockets", "32"));
            timeoutNanos = (long) (Double.parseDouble(option(options, "timeout", "5")) * 1e9);
            run = option(options, "run", Long.toString(System.currentTimeMillis() % 1_000_000, 36));
            expect = Path.of(option(options, "expect", "expected-sessions.tsv"));
            next = new int[sessions];
            sentAt = new long[sessions];
        }

        /** Bytes from the device per record: some sessions pass 4 GiB over their records, to need Gigawords. */
        long inStep(int s) {
            return s % 50 == 0 ? 600_000_000L + s : 1_000_000L + (s * 7919L) % 1_000_000L;
        }

        long outStep(int s) {
            return 2 * inStep(s) + 17;
        }

        String sessionId(int s) {
            return run + "-" + Integer.toHexString(s);
        }

        int socketOf(int s) {
            return s % socketCount;
        }

        /** One identifier per session on its socket: a retransmission reuses it, as RFC 2865 §3 asks. */
        int identifierOf(int s) {
            return (s / socketCount) % 256;
        }

        byte[] build(int s, int r) {
            int status = r == 0 ? START : r == records - 1 ? STOP : INTERIM;
            long in = r * inStep(s);
            long out = r * outStep(s);
            Attributes a = new Attributes()
                    .integer(Attr.ACCT_STATUS_TYPE, status)
                    .text(Attr.ACCT_SESSION_ID, sessionId(s))
                    .text(Attr.USER_NAME, "BENCH" + s)
                    .text(Attr.NAS_IDENTIFIER, nasId)
                    .raw(Attr.NAS_IP_ADDRESS, new byte[] {127, 0, 0, 1})
                    .text(Attr.CALLING_STATION_ID, mac(s))
                    .raw(Attr.FRAMED_IP_ADDRESS, new byte[] {10, (byte) (s >>> 16), (byte) (s >>> 8), (byte) s})
                    .text(Attr.CLASS, "hs1:" + vouchers.get(s % vouchers.size()))
                    // The router's clock: records a minute apart, so retransmissions keep their record id.
                    .integer(Attr.EVENT_TIMESTAMP, baseTime + 60L * r);
            if (r > 0) {
                a.integer(Attr.ACCT_INPUT_OCTETS, in & 0xFFFFFFFFL).integer(Attr.ACCT_INPUT_GIGAWORDS, in >>> 32)
                        .integer(Attr.ACCT_OUTPUT_OCTETS, out & 0xFFFFFFFFL).integer(Attr.ACCT_OUTPUT_GIGAWORDS, out >>> 32)
                        .integer(Attr.ACCT_SESSION_TIME, 60L * r);
            }
            if (status == STOP) {
                a.integer(Attr.ACCT_TERMINATE_CAUSE, 1);
            }
            return signAccounting(packet(ACCOUNTING_REQUEST, identifierOf(s), a.toBytes()), secret);
        }

        void run() throws Exception {
            long buildStart = System.nanoTime();
            packets = new byte[sessions][records][];
            for (int s = 0; s < sessions; s++) {
                for (int r = 0; r < records; r++) {
                    packets[s][r] = build(s, r);
                }
                ready.add(s);
            }
            writeExpected();
            System.out.printf("built %d packets (%d sessions x %d records) in %d ms; run %s%n", sessions * records,
                    sessions, records, (System.nanoTime() - buildStart) / 1_000_000, run);
            List<DatagramChannel> sockets = new ArrayList<>();
            for (int i = 0; i < socketCount; i++) {
                sockets.add(socket(host, port));
            }
            int[][] owner = new int[socketCount][256];
            for (int[] row : owner) {
                java.util.Arrays.fill(row, -1);
            }
            List<Thread> receivers = new ArrayList<>();
            for (int i = 0; i < socketCount; i++) {
                int index = i;
                Thread receiver = new Thread(() -> receive(sockets.get(index), owner[index]), "receiver-" + i);
                receiver.setDaemon(true);
                receiver.start();
                receivers.add(receiver);
            }
            Thread timer = new Thread(() -> retransmit(sockets, owner), "retransmit");
            timer.setDaemon(true);
            timer.start();
            long start = System.nanoTime();
            long startWall = System.currentTimeMillis();
            System.out.printf("START wall_ms=%d load=%s%n", startWall, loadAverage());
            Thread progress = new Thread(() -> progress(start), "progress");
            progress.setDaemon(true);
            progress.start();
            send(sockets, owner);
            long elapsed = System.nanoTime() - start;
            long total = (long) sessions * records;
            System.out.printf("RESULT run=%s sessions=%d records=%d answered=%d seconds=%.2f rps=%.0f retransmitted=%d "
                            + "late_or_unmatched_replies=%d start_wall_ms=%d end_wall_ms=%d load=%s%n",
                    run, sessions, total, answered.get(), elapsed / 1e9, total / (elapsed / 1e9), retransmitted.get(),
                    lateReplies.get(), startWall, System.currentTimeMillis(), loadAverage());
        }

        private void writeExpected() throws IOException {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(expect))) {
                out.println("# acctSessionId bytesIn bytesOut sessionTime records voucherId");
                for (int s = 0; s < sessions; s++) {
                    int last = records - 1;
                    out.printf("%s %d %d %d %d %s%n", sessionId(s), last * inStep(s), last * outStep(s), 60L * last,
                            records, vouchers.get(s % vouchers.size()));
                }
            }
        }

        /** Sends each session's next record as soon as a window place and its identifier are free. */
        private void send(List<DatagramChannel> sockets, int[][] owner) throws Exception {
            while (true) {
                int s;
                synchronized (this) {
                    while (finishedSessions < sessions && (outstanding >= inflight || ready.isEmpty())) {
                        wait(100);
                    }
                    if (finishedSessions == sessions) {
                        return;
                    }
                    s = ready.poll();
                    int socket = socketOf(s);
                    int id = identifierOf(s);
                    if (owner[socket][id] != -1) {
                        // Another session holds this identifier on its socket: its turn comes after.
                        ready.add(s);
                        wait(0, 100_000);
                        continue;
                    }
                    owner[socket][id] = s;
                    outstanding++;
                    sentAt[s] = System.nanoTime();
                }
                sockets.get(socketOf(s)).write(ByteBuffer.wrap(packets[s][next[s]]));
            }
        }

        private void receive(DatagramChannel socket, int[] owner) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (true) {
                try {
                    buffer.clear();
                    socket.read(buffer);
                } catch (IOException e) {
                    return;
                }
                byte[] reply = buffer.array();
                int length = buffer.position();
                int id = reply[1] & 0xff;
                synchronized (this) {
                    int s = owner[id];
                    if (s < 0 || (reply[0] & 0xff) != ACCOUNTING_RESPONSE
                            || !validReply(reply, length, java.util.Arrays.copyOfRange(packets[s][next[s]], 4, 20), secret)) {
                        // Mostly a second answer, to a retransmission of a request answered already.
                        lateReplies.incrementAndGet();
                        continue;
                    }
                    owner[id] = -1;
                    outstanding--;
                    answered.incrementAndGet();
                    if (++next[s] < records) {
                        ready.add(s);
                    } else {
                        finishedSessions++;
                    }
                    notifyAll();
                }
            }
        }

        /** A request unanswered for --timeout goes again, byte for byte. */
        private void retransmit(List<DatagramChannel> sockets, int[][] owner) {
            while (true) {
                try {
                    Thread.sleep(100);
                    List<int[]> due = new ArrayList<>();
                    synchronized (this) {
                        long now = System.nanoTime();
                        for (int socket = 0; socket < owner.length; socket++) {
                            for (int id = 0; id < 256; id++) {
                                int s = owner[socket][id];
                                if (s >= 0 && now - sentAt[s] > timeoutNanos) {
                                    sentAt[s] = now;
                                    due.add(new int[] {socket, s, next[s]});
                                }
                            }
                        }
                    }
                    for (int[] one : due) {
                        retransmitted.incrementAndGet();
                        sockets.get(one[0]).write(ByteBuffer.wrap(packets[one[1]][one[2]]));
                    }
                } catch (InterruptedException | IOException e) {
                    return;
                }
            }
        }

        private void progress(long start) {
            long last = 0;
            long lastTime = start;
            while (true) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                long done = answered.get();
                System.out.printf("PROGRESS t=%.0fs answered=%d rate=%.0f/s retransmitted=%d load=%s%n",
                        (now - start) / 1e9, done, (done - last) / ((now - lastTime) / 1e9), retransmitted.get(),
                        loadAverage());
                last = done;
                lastTime = now;
            }
        }
    }

    // ------------------------------------------------------------------ quota

    /** Logins whose data quota a session's Interim-Update overruns; how long until the router is told to cut them. */
    static final class Quota {
        private final String host;
        private final int authPort;
        private final int acctPort;
        private final int coaPort;
        private final byte[] secret;
        private final String nasId;
        private final List<String> codes;
        private final long quota;
        private final int trials;
        private final Path out;
        private final SecureRandom random = new SecureRandom();
        private int identifier;

        Quota(Map<String, String> options) throws IOException {
            host = option(options, "host", "127.0.0.1");
            authPort = Integer.parseInt(option(options, "auth-port", null));
            acctPort = Integer.parseInt(option(options, "port", null));
            coaPort = Integer.parseInt(option(options, "coa-port", null));
            secret = option(options, "secret", null).getBytes(StandardCharsets.UTF_8);
            nasId = option(options, "nas-id", null);
            codes = Files.readAllLines(Path.of(option(options, "codes", null))).stream()
                    .filter(line -> !line.isBlank()).toList();
            quota = Long.parseLong(option(options, "quota", null));
            trials = Math.min(codes.size(), Integer.parseInt(option(options, "trials", "20")));
            out = Path.of(option(options, "out", "trials.txt"));
        }

        void run() throws Exception {
            try (DatagramChannel auth = socket(host, authPort); DatagramChannel acct = socket(host, acctPort);
                    java.net.DatagramSocket coa = new java.net.DatagramSocket(new InetSocketAddress("127.0.0.1", coaPort));
                    PrintWriter trialsOut = new PrintWriter(Files.newBufferedWriter(out))) {
                coa.setSoTimeout(200);
                List<Long> delays = new ArrayList<>();
                for (int i = 0; i < trials; i++) {
                    String line = trial(i, codes.get(i), auth, acct, coa);
                    System.out.println(line);
                    trialsOut.println(line);
                    trialsOut.flush();
                    if (line.contains("delay_ms=") && !line.contains("delay_ms=none")) {
                        delays.add(Long.parseLong(line.replaceAll(".*delay_us=([0-9]+).*", "$1")));
                    }
                    Thread.sleep(500);
                }
                delays.sort(null);
                System.out.printf("RESULT trials=%d disconnected=%d p50_ms=%.1f max_ms=%.1f load=%s%n", trials,
                        delays.size(), delays.isEmpty() ? -1 : delays.get(delays.size() / 2) / 1000.0,
                        delays.isEmpty() ? -1 : delays.get(delays.size() - 1) / 1000.0, loadAverage());
            }
        }

        private String trial(int i, String code, DatagramChannel auth, DatagramChannel acct, java.net.DatagramSocket coa)
                throws Exception {
            String mac = mac(0x7000000 + i);
            String session = "Q" + Long.toHexString(random.nextLong() & 0xFFFFFFFFFFL);
            byte[] accept = login(auth, code, mac, session);
            if (accept == null || (accept[0] & 0xff) != ACCESS_ACCEPT) {
                return "TRIAL code=" + code + " login=" + (accept == null ? "no-answer" : "code-" + (accept[0] & 0xff));
            }
            byte[] classValue = attribute(accept, accept.length, Attr.CLASS);
            String cls = new String(classValue, StandardCharsets.UTF_8);
            String voucherId = cls.substring(4, cls.indexOf(':', 4) < 0 ? cls.length() : cls.indexOf(':', 4));
            accounting(acct, START, session, code, mac, classValue, 0, 0);
            accounting(acct, INTERIM, session, code, mac, classValue, quota / 10, 60);
            Thread.sleep(1500); // the session and its first usage are stored and reported
            drain(coa);
            long t0 = System.currentTimeMillis();
            long sent = System.nanoTime();
            long answeredAfter = accounting(acct, INTERIM, session, code, mac, classValue, quota * 2, 120) - sent;
            long deadline = sent + 15_000_000_000L;
            while (System.nanoTime() < deadline) {
                java.net.DatagramPacket datagram = new java.net.DatagramPacket(new byte[4096], 4096);
                try {
                    coa.receive(datagram);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                long arrived = System.nanoTime();
                byte[] request = java.util.Arrays.copyOf(datagram.getData(), datagram.getLength());
                byte[] sessionAttr = attribute(request, request.length, Attr.ACCT_SESSION_ID);
                ack(coa, datagram, request);
                if ((request[0] & 0xff) == DISCONNECT_REQUEST && sessionAttr != null
                        && session.equals(new String(sessionAttr, StandardCharsets.UTF_8))) {
                    long delay = arrived - sent;
                    accounting(acct, STOP, session, code, mac, classValue, quota * 2, 121);
                    return String.format("TRIAL code=%s voucher=%s session=%s t0_ms=%d response_us=%d delay_us=%d "
                                    + "delay_ms=%.1f arrived_ms=%d", code, voucherId, session, t0, answeredAfter / 1000,
                            delay / 1000, delay / 1e6, t0 + delay / 1_000_000);
                }
            }
            return String.format("TRIAL code=%s voucher=%s session=%s t0_ms=%d response_us=%d delay_ms=none", code,
                    voucherId, session, t0, answeredAfter / 1000);
        }

        /** Disconnect-Requests of earlier trials still arriving (retries) are answered and set aside. */
        private void drain(java.net.DatagramSocket coa) throws IOException {
            while (true) {
                java.net.DatagramPacket datagram = new java.net.DatagramPacket(new byte[4096], 4096);
                try {
                    coa.receive(datagram);
                } catch (SocketTimeoutException e) {
                    return;
                }
                ack(coa, datagram, java.util.Arrays.copyOf(datagram.getData(), datagram.getLength()));
            }
        }

        /** A Disconnect-ACK: no attributes, Response Authenticator over the request's authenticator. */
        private void ack(java.net.DatagramSocket coa, java.net.DatagramPacket from, byte[] request) throws IOException {
            byte[] reply = packet(DISCONNECT_ACK, request[1] & 0xff, new byte[0]);
            System.arraycopy(request, 4, reply, 4, 16);
            System.arraycopy(md5(reply, secret), 0, reply, 4, 16);
            coa.send(new java.net.DatagramPacket(reply, reply.length, from.getSocketAddress()));
        }

        /** PAP (RFC 2865 §5.2) with a Message-Authenticator (RFC 3579 §3.2); the reply, or null. */
        private byte[] login(DatagramChannel auth, String code, String mac, String session) throws Exception {
            byte[] requestAuthenticator = new byte[16];
            random.nextBytes(requestAuthenticator);
            byte[] password = java.util.Arrays.copyOf(code.getBytes(StandardCharsets.UTF_8),
                    (code.length() + 15) / 16 * 16);
            byte[] previous = requestAuthenticator;
            for (int block = 0; block < password.length; block += 16) {
                byte[] mask = md5(secret, previous);
                for (int k = 0; k < 16; k++) {
                    password[block + k] ^= mask[k];
                }
                previous = java.util.Arrays.copyOfRange(password, block, block + 16);
            }
            byte[] attributes = new Attributes()
                    .text(Attr.USER_NAME, code)
                    .raw(Attr.USER_PASSWORD, password)
                    .text(Attr.NAS_IDENTIFIER, nasId)
                    .raw(Attr.NAS_IP_ADDRESS, new byte[] {127, 0, 0, 1})
                    .text(Attr.CALLING_STATION_ID, mac)
                    .text(Attr.ACCT_SESSION_ID, session)
                    .raw(Attr.MESSAGE_AUTHENTICATOR, new byte[16])
                    .toBytes();
            byte[] packet = packet(ACCESS_REQUEST, ++identifier & 0xff, attributes);
            System.arraycopy(requestAuthenticator, 0, packet, 4, 16);
            Mac hmac = Mac.getInstance("HmacMD5");
            hmac.init(new SecretKeySpec(secret, "HmacMD5"));
            System.arraycopy(hmac.doFinal(packet), 0, packet, packet.length - 16, 16);
            return exchange(auth, packet, 5);
        }

        /** One Accounting-Request, retried until answered; when the answer came (System.nanoTime). */
        private long accounting(DatagramChannel acct, int status, String session, String code, String mac,
                byte[] classValue, long octets, long seconds) throws Exception {
            Attributes a = new Attributes()
                    .integer(Attr.ACCT_STATUS_TYPE, status)
                    .text(Attr.ACCT_SESSION_ID, session)
                    .text(Attr.USER_NAME, code)
                    .text(Attr.NAS_IDENTIFIER, nasId)
                    .raw(Attr.NAS_IP_ADDRESS, new byte[] {127, 0, 0, 1})
                    .text(Attr.CALLING_STATION_ID, mac)
                    .raw(Attr.CLASS, classValue)
                    .integer(Attr.ACCT_INPUT_OCTETS, octets / 3)
                    .integer(Attr.ACCT_OUTPUT_OCTETS, octets - octets / 3)
                    .integer(Attr.ACCT_SESSION_TIME, seconds);
            if (status == STOP) {
                a.integer(Attr.ACCT_TERMINATE_CAUSE, 6);
            }
            byte[] packet = signAccounting(packet(ACCOUNTING_REQUEST, ++identifier & 0xff, a.toBytes()), secret);
            byte[] reply = exchange(acct, packet, 5);
            if (reply == null || (reply[0] & 0xff) != ACCOUNTING_RESPONSE) {
                throw new IllegalStateException("no Accounting-Response for " + session);
            }
            return System.nanoTime();
        }

        /** Sends and waits 2 s for the answer with the same identifier, up to {@code tries} times. */
        private byte[] exchange(DatagramChannel channel, byte[] packet, int tries) throws IOException {
            channel.configureBlocking(true);
            channel.socket().setSoTimeout(2000);
            for (int i = 0; i < tries; i++) {
                channel.write(ByteBuffer.wrap(packet));
                long until = System.currentTimeMillis() + 2000;
                while (System.currentTimeMillis() < until) {
                    java.net.DatagramPacket datagram = new java.net.DatagramPacket(new byte[4096], 4096);
                    try {
                        channel.socket().receive(datagram);
                    } catch (SocketTimeoutException e) {
                        break;
                    }
                    byte[] reply = java.util.Arrays.copyOf(datagram.getData(), datagram.getLength());
                    if ((reply[1] & 0xff) == (packet[1] & 0xff)
                            && validReply(reply, reply.length, java.util.Arrays.copyOfRange(packet, 4, 20), secret)) {
                        return reply;
                    }
                }
            }
            return null;
        }
    }
}
