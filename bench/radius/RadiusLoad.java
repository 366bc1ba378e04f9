import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A RADIUS load generator for comparing router-gateway with FreeRADIUS on one machine. JDK only:
 * {@code java bench/radius/RadiusLoad.java --help}.
 *
 * <p>Why not radclient: it saturates a core of its own and re-walks its request list per reply, so
 * on two cores it, not the server, was often the limit when the FreeRADIUS 3.2.1 baseline was measured.
 *
 * <p>How it stays cheap: every socket owns 256 packet buffers, one per RADIUS identifier, all built
 * before the timed run. A buffer is re-armed (next voucher, fresh random Request Authenticator,
 * User-Password hidden again, Message-Authenticator computed again) right after its reply has been
 * checked and timed, off the send path; sending is one {@code write} of a ready buffer. The
 * authenticator must be fresh at each send: FreeRADIUS answers a packet with the same source, port,
 * identifier and authenticator as one it has seen from its reply cache (cleanup_delay), without
 * authenticating it again.
 *
 * <p>Correct identifiers: a socket never has more than its 256 identifiers in flight, a free
 * identifier is taken from a FIFO (so the identifier just answered is the last to be reused), and
 * a reply is matched by socket and identifier and counted only when its Response Authenticator
 * (RFC 2865 §3) and its Message-Authenticator (RFC 3579 §3.2, when present) check out. A reply that
 * matches the previous request of that identifier (one that timed out) is counted as late.
 *
 * <p>Two modes. Closed loop ({@code --inflight C}, no {@code --rate}): C requests in flight, a new
 * one sent as each answer arrives; gives the peak. Open loop ({@code --rate R}): requests scheduled
 * at a constant R per second by one sender thread, latency measured from the scheduled time (not
 * the actual send), so a stalled server or generator shows in the latency instead of silently
 * lowering the offered load (coordinated omission).
 */
public final class RadiusLoad {

    /** Open loop: an answer slower than this (from its scheduled send) is listed in the slow episodes. */
    static final long SLOW_NANOS = 2_000_000;
    /** Slow answers scheduled less than this apart belong to one episode (one stall of server or generator). */
    static final long EPISODE_GAP_NANOS = 5_000_000;

    static final int ACCESS_REQUEST = 1;
    static final int ACCESS_ACCEPT = 2;
    static final int ACCESS_REJECT = 3;
    static final int ACCOUNTING_REQUEST = 4;
    static final int ACCOUNTING_RESPONSE = 5;

    static final int USER_NAME = 1;
    static final int USER_PASSWORD = 2;
    static final int CHAP_PASSWORD = 3;
    static final int NAS_IP_ADDRESS = 4;
    static final int NAS_PORT = 5;
    static final int FRAMED_IP_ADDRESS = 8;
    static final int CALLED_STATION_ID = 30;
    static final int CALLING_STATION_ID = 31;
    static final int NAS_IDENTIFIER = 32;
    static final int ACCT_STATUS_TYPE = 40;
    static final int ACCT_INPUT_OCTETS = 42;
    static final int ACCT_OUTPUT_OCTETS = 43;
    static final int ACCT_SESSION_ID = 44;
    static final int ACCT_SESSION_TIME = 46;
    static final int CHAP_CHALLENGE = 60;
    static final int NAS_PORT_TYPE = 61;
    static final int MESSAGE_AUTHENTICATOR = 80;

    static final int FREE = 0;
    static final int IN_FLIGHT = 1;

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        new RadiusLoad(o).run();
    }

    // ------------------------------------------------------------------ options

    static final class Options {
        String host = "127.0.0.1";
        int port = 1812;
        String secret = "testing123";
        Path codes;
        int limitCodes = 0;
        String auth = "pap";
        double duration = 10;
        long requests = 0;
        double warmup = 2;
        double rate = 0;
        int inflight = 128;
        int sockets = 16;
        int threads = 1;
        double timeout = 2;
        String nasIp = "127.0.0.1";
        String nasId = "bench-nas";
        String calledStationId = "bench-hotspot";
        boolean messageAuthenticator = true;
        boolean wrongPassword = false;
        boolean lean = false;
        boolean oneThread = false;
        long sendBatchNanos = 0;
        int verbose = 0;
        String label = "";
        Map<String, Integer> pids = new LinkedHashMap<>();
        int clockTicks = 100;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    usage();
                    System.exit(0);
                }
                if (a.equals("--no-message-authenticator")) {
                    o.messageAuthenticator = false;
                    continue;
                }
                if (a.equals("--wrong-password")) {
                    o.wrongPassword = true;
                    continue;
                }
                if (a.equals("--lean")) {
                    o.lean = true;
                    continue;
                }
                if (a.equals("--one-thread")) {
                    o.oneThread = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    die("missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--host" -> o.host = v;
                    case "--port" -> o.port = Integer.parseInt(v);
                    case "--secret" -> o.secret = v;
                    case "--codes" -> o.codes = Path.of(v);
                    case "--limit-codes" -> o.limitCodes = Integer.parseInt(v);
                    case "--auth" -> o.auth = v.toLowerCase(Locale.ROOT);
                    case "--duration" -> o.duration = Double.parseDouble(v);
                    case "--requests" -> o.requests = Long.parseLong(v);
                    case "--warmup" -> o.warmup = Double.parseDouble(v);
                    case "--rate" -> o.rate = Double.parseDouble(v);
                    case "--inflight" -> o.inflight = Integer.parseInt(v);
                    case "--sockets" -> o.sockets = Integer.parseInt(v);
                    case "--threads" -> o.threads = Integer.parseInt(v);
                    case "--timeout" -> o.timeout = Double.parseDouble(v);
                    case "--nas-ip" -> o.nasIp = v;
                    case "--nas-id" -> o.nasId = v;
                    case "--called-station-id" -> o.calledStationId = v;
                    case "--verbose" -> o.verbose = Integer.parseInt(v);
                    case "--label" -> o.label = v;
                    case "--clock-ticks" -> o.clockTicks = Integer.parseInt(v);
                    case "--send-batch-us" -> o.sendBatchNanos = Long.parseLong(v) * 1000;
                    case "--pid" -> {
                        int eq = v.indexOf('=');
                        o.pids.put(eq < 0 ? "pid" + v : v.substring(0, eq), Integer.parseInt(v.substring(eq + 1)));
                    }
                    default -> die("unknown option " + a + " (--help)");
                }
            }
            if (o.codes == null) {
                die("--codes FILE is required");
            }
            if (!List.of("pap", "chap", "acct").contains(o.auth)) {
                die("--auth is pap, chap or acct");
            }
            if (o.oneThread) {
                o.threads = 1;
            }
            if (o.sockets < 1 || o.threads < 1 || o.threads > o.sockets) {
                die("need 1 <= --threads <= --sockets");
            }
            if (o.rate <= 0 && (o.inflight < 1 || o.inflight > 256 * o.sockets)) {
                die("--inflight must be 1.." + 256 * o.sockets + " with " + o.sockets + " sockets");
            }
            return o;
        }

        static void usage() {
            System.out.println("""
                    usage: java bench/radius/RadiusLoad.java --codes FILE [options]

                    Load:
                      --auth pap|chap|acct      Access-Request with User-Password or CHAP-Password+CHAP-Challenge,
                                                or Accounting-Request (Interim-Update)              [pap]
                      --inflight C              closed loop: C requests in flight (peak throughput)  [128]
                      --rate R                  open loop: R requests/s on a fixed schedule (latency)
                      --duration S              measured seconds                                    [10]
                      --requests N              closed loop: stop after N measured requests instead
                      --warmup S                unmeasured load before the measured window          [2]
                      --sockets K               UDP sockets, 256 identifiers each                   [16]
                      --threads T               receive threads (closed loop: send+receive)         [1]
                      --send-batch-us U         open loop: the sender wakes at most every U µs and sends what
                                                is due (fewer wake-ups; the wait counts in the latency)  [0]
                      --one-thread              open loop: one thread sends on schedule and receives,
                                                spinning on its sockets (no hand-off for the scheduler
                                                to delay; takes a core; implies --threads 1)
                      --timeout S               a request unanswered this long is a timeout         [2]
                    Packets:
                      --host H --port P --secret S                            [127.0.0.1 1812 testing123]
                      --codes FILE              one voucher per line: CODE [PASSWORD] (password = code)
                      --limit-codes N           use only the first N codes
                      --nas-ip IP --nas-id ID --called-station-id ID       [127.0.0.1 bench-nas bench-hotspot]
                      --no-message-authenticator  leave Message-Authenticator out (to check it is required)
                      --wrong-password          send a wrong password (to check rejects are real)
                      --lean                    only the attributes of the anchor's radclient files (User-Name,
                                                password, NAS-IP-Address, NAS-Port, Calling-Station-Id, and
                                                Message-Authenticator): to compare with it, not like a MikroTik
                      --verbose N               print the first N replies, decoded
                    Measuring:
                      --pid LABEL=PID           also report that process's CPU per request (repeatable)
                      --clock-ticks N           getconf CLK_TCK                                     [100]
                      --label TEXT              echoed in the RESULT line

                    Each voucher always comes from the same device: Calling-Station-Id 02:00:xx:xx:xx:xx and
                    Framed-IP-Address 10.x.x.x derived from its line number.
                    Output: a readable summary, then one line 'RESULT key=value ...' for scripts.""");
        }
    }

    static void die(String message) {
        System.err.println("RadiusLoad: " + message);
        System.exit(2);
    }

    // ------------------------------------------------------------------ packets

    /**
     * What is fixed for one voucher: the whole packet with the parts that change per send left
     * blank (authenticator, identifier, hidden password, Message-Authenticator, session id), and
     * where those parts are.
     */
    static final class Template {
        final byte[] bytes;
        int passwordAt = -1;
        byte[] paddedPassword;
        int sessionIdAt = -1;
        int messageAuthenticatorAt = -1;

        Template(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /** Builds the templates; Message-Authenticator first (the BlastRADIUS advice), fixed-size parts next. */
    static final class PacketBuilder {
        private final ByteBuffer b = ByteBuffer.allocate(4096);
        private final Options o;
        private final byte[] nasIp;

        PacketBuilder(Options o) {
            this.o = o;
            String[] q = o.nasIp.split("\\.");
            if (q.length != 4) {
                die("--nas-ip must be an IPv4 address");
            }
            nasIp = new byte[4];
            for (int i = 0; i < 4; i++) {
                nasIp[i] = (byte) Integer.parseInt(q[i]);
            }
        }

        Template build(int index, String code, String password, SplittableRandom random) {
            b.clear();
            boolean acct = o.auth.equals("acct");
            b.put((byte) (acct ? ACCOUNTING_REQUEST : ACCESS_REQUEST)).put((byte) 0).putShort((short) 0);
            b.put(new byte[16]);
            int maAt = -1;
            int pwAt = -1;
            byte[] padded = null;
            if (!acct && o.messageAuthenticator) {
                maAt = b.position() + 2;
                attr(MESSAGE_AUTHENTICATOR, new byte[16]);
            }
            byte[] pw = (o.wrongPassword ? password + "x" : password).getBytes(StandardCharsets.UTF_8);
            if (o.auth.equals("pap")) {
                int n = Math.max(16, (pw.length + 15) / 16 * 16);
                if (n > 128) {
                    die("password longer than 128 bytes: " + code);
                }
                padded = Arrays.copyOf(pw, n);
                pwAt = b.position() + 2;
                attr(USER_PASSWORD, new byte[n]);
            } else if (o.auth.equals("chap")) {
                byte[] challenge = new byte[16];
                for (int i = 0; i < 16; i++) {
                    challenge[i] = (byte) random.nextInt(256);
                }
                byte ident = (byte) index;
                byte[] response = md5(new byte[] {ident}, password.getBytes(StandardCharsets.UTF_8), challenge);
                if (o.wrongPassword) {
                    response[0] ^= 1;
                }
                byte[] value = new byte[17];
                value[0] = ident;
                System.arraycopy(response, 0, value, 1, 16);
                attr(CHAP_PASSWORD, value);
                attr(CHAP_CHALLENGE, challenge);
            }
            int sessionAt = -1;
            if (!o.lean || acct) {
                sessionAt = b.position() + 2;
                attr(ACCT_SESSION_ID, "00000000".getBytes(StandardCharsets.US_ASCII));
            }
            if (acct) {
                attr(ACCT_STATUS_TYPE, int32(3)); // Interim-Update
            }
            attr(USER_NAME, code.getBytes(StandardCharsets.UTF_8));
            attr(NAS_IP_ADDRESS, nasIp);
            attr(NAS_PORT, int32(index));
            attr(CALLING_STATION_ID, mac(index).getBytes(StandardCharsets.US_ASCII));
            if (!o.lean) {
                attr(NAS_IDENTIFIER, o.nasId.getBytes(StandardCharsets.UTF_8));
                attr(NAS_PORT_TYPE, int32(19)); // Wireless-802.11
                attr(CALLED_STATION_ID, o.calledStationId.getBytes(StandardCharsets.UTF_8));
                attr(FRAMED_IP_ADDRESS, new byte[] {10, (byte) (64 + (index >> 16)), (byte) (index >> 8), (byte) index});
            }
            if (acct) {
                attr(ACCT_INPUT_OCTETS, int32(123456));
                attr(ACCT_OUTPUT_OCTETS, int32(654321));
                attr(ACCT_SESSION_TIME, int32(600));
            }
            int length = b.position();
            if (length > 4096) {
                die("packet too long");
            }
            b.putShort(2, (short) length);
            Template t = new Template(Arrays.copyOf(b.array(), length));
            t.messageAuthenticatorAt = maAt;
            t.passwordAt = pwAt;
            t.paddedPassword = padded;
            t.sessionIdAt = sessionAt;
            return t;
        }

        private void attr(int type, byte[] value) {
            if (value.length > 253) {
                die("attribute " + type + " longer than 253 bytes");
            }
            b.put((byte) type).put((byte) (value.length + 2)).put(value);
        }

        static byte[] int32(int v) {
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }
    }

    /** The device of voucher {@code index}: a locally administered MAC, the same at every send. */
    static String mac(int index) {
        return String.format("02:00:%02X:%02X:%02X:%02X", (index >>> 24) & 0xff, (index >>> 16) & 0xff,
                (index >>> 8) & 0xff, index & 0xff);
    }

    static byte[] md5(byte[]... parts) {
        MessageDigest md = newMd5();
        for (byte[] p : parts) {
            md.update(p);
        }
        return md.digest();
    }

    static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per-thread crypto: re-arming a buffer and checking a reply. Never shared between threads. */
    static final class Crypto {
        final MessageDigest md5 = newMd5();
        final Mac hmac;
        final byte[] secret;
        final byte[] digest = new byte[16];
        final byte[] scratch = new byte[4096];
        final SplittableRandom random;
        final int threadIndex;
        int sessionCounter;

        Crypto(byte[] secret, long seed, int threadIndex) {
            this.secret = secret;
            this.random = new SplittableRandom(seed);
            this.threadIndex = threadIndex;
            try {
                hmac = Mac.getInstance("HmacMD5");
                hmac.init(new SecretKeySpec(secret, "HmacMD5"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Copies voucher {@code t} into {@code buf} as a new request with identifier {@code id}; writes its authenticator into {@code ra}. */
        void arm(Template t, byte[] buf, int id, byte[] ra) {
            byte[] src = t.bytes;
            int len = src.length;
            System.arraycopy(src, 0, buf, 0, len);
            buf[1] = (byte) id;
            if (t.sessionIdAt >= 0) {
                // Acct-Session-Id: 8 hex digits, unique per send within a run (thread in the top nibble).
                int sid = (threadIndex << 28) | (sessionCounter++ & 0x0fffffff);
                for (int i = 7; i >= 0; i--) {
                    int nib = sid & 0xf;
                    buf[t.sessionIdAt + i] = (byte) (nib < 10 ? '0' + nib : 'a' + nib - 10);
                    sid >>>= 4;
                }
            }
            if (buf[0] == ACCOUNTING_REQUEST) {
                // RFC 2866: the authenticator is MD5(packet with 16 zero octets there | secret).
                md5.update(buf, 0, len);
                md5.update(secret);
                digestInto(buf, 4);
                System.arraycopy(buf, 4, ra, 0, 16);
                return;
            }
            long r1 = random.nextLong();
            long r2 = random.nextLong();
            for (int i = 0; i < 8; i++) {
                buf[4 + i] = (byte) (r1 >>> (8 * i));
                buf[12 + i] = (byte) (r2 >>> (8 * i));
            }
            System.arraycopy(buf, 4, ra, 0, 16);
            if (t.passwordAt >= 0) {
                // RFC 2865 §5.2: c1 = p1 xor MD5(S + RA), ci = pi xor MD5(S + c(i-1)).
                byte[] p = t.paddedPassword;
                int at = t.passwordAt;
                for (int off = 0; off < p.length; off += 16) {
                    md5.update(secret);
                    if (off == 0) {
                        md5.update(buf, 4, 16);
                    } else {
                        md5.update(buf, at + off - 16, 16);
                    }
                    digestInto(digest, 0);
                    for (int i = 0; i < 16; i++) {
                        buf[at + off + i] = (byte) (p[off + i] ^ digest[i]);
                    }
                }
            }
            if (t.messageAuthenticatorAt >= 0) {
                // RFC 3579 §3.2: HMAC-MD5 over the whole packet with the attribute's value zeroed (it is, in the template).
                hmac.update(buf, 0, len);
                try {
                    hmac.doFinal(buf, t.messageAuthenticatorAt);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private void digestInto(byte[] out, int at) {
            try {
                md5.digest(out, at, 16);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** RFC 2865 §3: Response Authenticator = MD5(Code | ID | Length | Request Authenticator | Attributes | Secret). */
        boolean responseAuthenticatorOk(byte[] reply, int len, byte[] ra) {
            md5.update(reply, 0, 4);
            md5.update(ra, 0, 16);
            md5.update(reply, 20, len - 20);
            md5.update(secret);
            digestInto(digest, 0);
            for (int i = 0; i < 16; i++) {
                if (digest[i] != reply[4 + i]) {
                    return false;
                }
            }
            return true;
        }

        /** -1: no Message-Authenticator in the reply; 1: present and right; 0: present and wrong. */
        int replyMessageAuthenticator(byte[] reply, int len, byte[] ra) {
            int at = -1;
            for (int p = 20; p + 2 <= len; ) {
                int l = reply[p + 1] & 0xff;
                if (l < 2 || p + l > len) {
                    return 0;
                }
                if ((reply[p] & 0xff) == MESSAGE_AUTHENTICATOR && l == 18) {
                    at = p + 2;
                }
                p += l;
            }
            if (at < 0) {
                return -1;
            }
            // RFC 3579 §3.2: over the reply with the Request Authenticator in place of the Response one.
            System.arraycopy(reply, 0, scratch, 0, len);
            System.arraycopy(ra, 0, scratch, 4, 16);
            Arrays.fill(scratch, at, at + 16, (byte) 0);
            hmac.update(scratch, 0, len);
            byte[] mac = hmac.doFinal();
            for (int i = 0; i < 16; i++) {
                if (mac[i] != reply[at + i]) {
                    return 0;
                }
            }
            return 1;
        }
    }

    // ------------------------------------------------------------------ sockets and slots

    /** One UDP socket, connected to the server, with its 256 identifiers and their packet buffers. */
    static final class Sock {
        final int index;
        final DatagramChannel channel;
        final byte[][] packet = new byte[256][];
        final ByteBuffer[] view = new ByteBuffer[256];
        final int[] length = new int[256];
        final int[] voucher = new int[256];
        final byte[][] ra = new byte[256][16];
        final byte[][] previousRa = new byte[256][16];
        final boolean[] hasPrevious = new boolean[256];
        final long[] sentAt = new long[256];
        final long[] scheduledAt = new long[256];
        final AtomicIntegerArray state = new AtomicIntegerArray(256);
        /** Free identifiers, FIFO; one producer (the receiving thread) and one consumer (the sender). */
        final int[] ring = new int[256];
        final AtomicLong head = new AtomicLong();
        final AtomicLong tail = new AtomicLong();

        Sock(int index, InetSocketAddress server) throws IOException {
            this.index = index;
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
            channel.bind(new InetSocketAddress(server.getAddress().isLoopbackAddress()
                    ? server.getAddress() : null, 0));
            channel.connect(server);
            channel.configureBlocking(false);
            for (int id = 0; id < 256; id++) {
                packet[id] = new byte[4096];
                view[id] = ByteBuffer.wrap(packet[id]);
                ring[id] = id;
            }
            tail.set(256);
        }

        int takeFreeId() {
            long h = head.get();
            if (h == tail.get()) {
                return -1;
            }
            int id = ring[(int) (h & 255)];
            head.lazySet(h + 1);
            return id;
        }

        void giveBack(int id) {
            long t = tail.get();
            ring[(int) (t & 255)] = id;
            tail.lazySet(t + 1);
        }
    }

    /** A growable list of longs: the latencies one thread saw. */
    static final class Longs {
        long[] a = new long[1 << 16];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addAll(Longs o) {
            for (int i = 0; i < o.n; i++) {
                add(o.a[i]);
            }
        }
    }

    /** What one thread counted; merged at the end. */
    static final class Counts {
        long sent;
        long accept;
        long reject;
        long accountingResponse;
        long otherCode;
        long timeout;
        long badAuthenticator;
        long badReplyMessageAuthenticator;
        long replyWithMessageAuthenticator;
        long late;
        long unexpected;
        long answeredInWindow;
        long stalled;
        long sendErrors;
        long lastAnswerAt;
        final Longs latency = new Longs();
        final Longs fromSend = new Longs();
        final Longs sendLag = new Longs();
        // Open loop: answers slower than SLOW_NANOS, as (scheduled - window start, latency) pairs.
        final Longs slow = new Longs();

        void add(Counts c) {
            sent += c.sent;
            accept += c.accept;
            reject += c.reject;
            accountingResponse += c.accountingResponse;
            otherCode += c.otherCode;
            timeout += c.timeout;
            badAuthenticator += c.badAuthenticator;
            badReplyMessageAuthenticator += c.badReplyMessageAuthenticator;
            replyWithMessageAuthenticator += c.replyWithMessageAuthenticator;
            late += c.late;
            unexpected += c.unexpected;
            answeredInWindow += c.answeredInWindow;
            stalled += c.stalled;
            sendErrors += c.sendErrors;
            lastAnswerAt = Math.max(lastAnswerAt, c.lastAnswerAt);
            latency.addAll(c.latency);
            fromSend.addAll(c.fromSend);
            sendLag.addAll(c.sendLag);
            slow.addAll(c.slow);
        }
    }

    // ------------------------------------------------------------------ the run

    private final Options o;
    private final byte[] secret;
    private Template[] templates;
    private String[] codes;
    private Sock[] socks;
    private final AtomicLong nextVoucher = new AtomicLong();
    private final AtomicLong measuredSends = new AtomicLong();
    private final AtomicLong verbosePrinted = new AtomicLong();
    private long start;
    private long windowStart;
    private long windowEnd;
    private volatile boolean stopSending;
    private long timeoutNanos;

    RadiusLoad(Options o) {
        this.o = o;
        this.secret = o.secret.getBytes(StandardCharsets.UTF_8);
    }

    void run() throws Exception {
        loadCodes();
        timeoutNanos = (long) (o.timeout * 1e9);
        InetSocketAddress server = new InetSocketAddress(o.host, o.port);
        socks = new Sock[o.sockets];
        for (int i = 0; i < o.sockets; i++) {
            socks[i] = new Sock(i, server);
        }
        if (codes.length <= 256L * o.sockets) {
            System.err.printf("RadiusLoad: note: %d vouchers for %d slots: a voucher can be in flight twice at once%n",
                    codes.length, 256 * o.sockets);
        }
        // Every buffer armed before the clock starts.
        Crypto[] cryptos = new Crypto[o.threads];
        SecureRandom seeds = new SecureRandom();
        for (int t = 0; t < o.threads; t++) {
            cryptos[t] = new Crypto(secret, seeds.nextLong(), t);
        }
        // A run of --requests N arms each buffer as it is sent instead, so its N requests are the
        // vouchers 1..N in order (a first use of every voucher). Armed ahead, buffers are sent in
        // the order identifiers come free, not armed: 2,000 requests over 16 sockets used each
        // socket's first 125 identifiers and skipped every voucher armed in the rest.
        for (Sock s : socks) {
            Crypto c = cryptos[s.index % o.threads];
            for (int id = 0; id < 256 && !armAtSend(); id++) {
                arm(c, s, id);
            }
        }
        long cpu0 = selfCpuTicks();
        start = System.nanoTime();
        windowStart = start + (long) (o.warmup * 1e9);
        windowEnd = o.requests > 0 && o.rate <= 0 ? Long.MAX_VALUE : windowStart + (long) (o.duration * 1e9);

        List<Thread> threads = new ArrayList<>();
        Counts[] counts = new Counts[o.threads + 1];
        for (int t = 0; t < o.threads; t++) {
            List<Sock> mine = new ArrayList<>();
            for (Sock s : socks) {
                if (s.index % o.threads == t) {
                    mine.add(s);
                }
            }
            Counts c = counts[t] = new Counts();
            Crypto crypto = cryptos[t];
            Thread th = new Thread(() -> receiveLoop(mine, crypto, c), "radius-io-" + t);
            threads.add(th);
        }
        Counts senderCounts = counts[o.threads] = new Counts();
        if (o.rate > 0 && !o.oneThread) {
            threads.add(new Thread(() -> {
                Pacer pacer = new Pacer();
                while (pacer.sendDue(senderCounts)) {
                    pacer.waitForNext(senderCounts);
                }
                senderDone = true;
            }, "radius-sender"));
        }
        threads.forEach(Thread::start);

        // Snapshots of CPU at the edges of the measured window.
        sleepUntil(windowStart);
        Map<String, Long> srv0 = pidTicks();
        long[] machine0 = machineTicks();
        long drops0 = udpReceiveBufferErrors();
        long gen0 = selfCpuTicks();
        long wall0 = System.nanoTime();
        long wall1;
        Map<String, Long> srv1;
        long[] machine1;
        long gen1;
        if (windowEnd != Long.MAX_VALUE) {
            sleepUntil(windowEnd);
            wall1 = System.nanoTime();
            srv1 = pidTicks();
            machine1 = machineTicks();
            gen1 = selfCpuTicks();
            stopSending = true;
            for (Thread th : threads) {
                th.join();
            }
        } else {
            for (Thread th : threads) {
                th.join();
            }
            wall1 = System.nanoTime();
            srv1 = pidTicks();
            machine1 = machineTicks();
            gen1 = selfCpuTicks();
        }
        long cpuEnd = selfCpuTicks();
        // After the drain, so drops of the window's last requests are in.
        long drops1 = udpReceiveBufferErrors();
        udpDrops = drops0 < 0 || drops1 < 0 ? -1 : drops1 - drops0;
        Counts all = new Counts();
        for (Counts c : counts) {
            all.add(c);
        }
        report(all, wall1 - wall0, srv0, srv1, machine0, machine1, gen1 - gen0, cpuEnd - cpu0);
    }

    private void loadCodes() throws IOException {
        List<String> lines = Files.readAllLines(o.codes);
        List<String> cs = new ArrayList<>();
        List<String> pws = new ArrayList<>();
        for (String line : lines) {
            String l = line.trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("[\\s,;]+");
            cs.add(f[0]);
            pws.add(f.length > 1 ? f[1] : f[0]);
            if (o.limitCodes > 0 && cs.size() == o.limitCodes) {
                break;
            }
        }
        if (cs.isEmpty()) {
            die("no codes in " + o.codes);
        }
        codes = cs.toArray(new String[0]);
        templates = new Template[codes.length];
        PacketBuilder builder = new PacketBuilder(o);
        SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());
        for (int i = 0; i < codes.length; i++) {
            templates[i] = builder.build(i, codes[i], pws.get(i), random);
        }
    }

    /** Loads the next voucher into identifier {@code id} of {@code s}, ready to send. */
    private void arm(Crypto c, Sock s, int id) {
        int v = (int) (nextVoucher.getAndIncrement() % templates.length);
        Template t = templates[v];
        if (s.hasPrevious[id] || s.length[id] != 0) {
            System.arraycopy(s.ra[id], 0, s.previousRa[id], 0, 16);
            s.hasPrevious[id] = true;
        }
        c.arm(t, s.packet[id], id, s.ra[id]);
        s.length[id] = t.bytes.length;
        s.voucher[id] = v;
    }

    /** Sends the armed buffer of {@code id}; false if the kernel would not take it. */
    private boolean send(Sock s, int id, long scheduled, Counts c) {
        long now = System.nanoTime();
        s.scheduledAt[id] = scheduled == 0 ? now : scheduled;
        s.sentAt[id] = now;
        s.state.set(id, IN_FLIGHT);
        ByteBuffer b = s.view[id];
        b.clear().limit(s.length[id]);
        try {
            for (int tries = 0; tries < 1000; tries++) {
                if (s.channel.write(b) > 0) {
                    if (s.scheduledAt[id] >= windowStart && s.scheduledAt[id] < windowEnd) {
                        c.sent++;
                    }
                    return true;
                }
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            // Loopback ICMP port unreachable (server not up) surfaces as an exception on a connected socket.
        }
        s.state.set(id, FREE);
        c.sendErrors++;
        return false;
    }

    /** Closed loop only: the next request on {@code s}, if the run is still sending. */
    private void sendNext(Sock s, Crypto crypto, Counts c) {
        if (stopSending) {
            return;
        }
        if (o.requests > 0 && System.nanoTime() >= windowStart && measuredSends.getAndIncrement() >= o.requests) {
            return;
        }
        int id = s.takeFreeId();
        if (id >= 0 && armAtSend()) {
            arm(crypto, s, id);
        }
        if (id >= 0 && !send(s, id, 0, c)) {
            s.giveBack(id); // closed loop: this thread is both the producer and the consumer of the ring
        }
    }

    private static int inFlight(List<Sock> mine) {
        int n = 0;
        for (Sock s : mine) {
            for (int id = 0; id < 256; id++) {
                n += s.state.get(id);
            }
        }
        return n;
    }

    /** One I/O thread: receives, checks and times replies, re-arms buffers, finds timeouts; in closed loop also sends. */
    private void receiveLoop(List<Sock> mine, Crypto crypto, Counts c) {
        boolean closed = o.rate <= 0;
        Pacer pacer = o.oneThread && !closed ? new Pacer() : null;
        byte[] rx = new byte[4096];
        ByteBuffer rxb = ByteBuffer.wrap(rx);
        try (Selector selector = Selector.open()) {
            for (Sock s : mine) {
                s.channel.register(selector, SelectionKey.OP_READ, s);
            }
            if (closed) {
                int perSock = o.inflight / o.sockets;
                int extra = o.inflight % o.sockets;
                for (Sock s : mine) {
                    int n = perSock + (s.index < extra ? 1 : 0);
                    for (int i = 0; i < n; i++) {
                        sendNext(s, crypto, c);
                    }
                }
            }
            long nextScan = System.nanoTime() + 20_000_000L;
            while (true) {
                if (pacer == null) {
                    selector.select(10);
                } else {
                    if (!senderDone && !pacer.sendDue(c)) {
                        senderDone = true;
                    }
                    selector.selectNow();
                }
                var keys = selector.selectedKeys();
                for (SelectionKey k : keys) {
                    Sock s = (Sock) k.attachment();
                    while (true) {
                        rxb.clear();
                        int n;
                        try {
                            n = s.channel.read(rxb);
                        } catch (IOException e) {
                            break; // ICMP unreachable: the server is not listening; the requests will time out
                        }
                        if (n <= 0) {
                            break;
                        }
                        onReply(s, rx, n, System.nanoTime(), crypto, c);
                        if (closed) {
                            sendNext(s, crypto, c);
                        }
                    }
                }
                keys.clear();
                long now = System.nanoTime();
                if (now >= nextScan) {
                    nextScan = now + 20_000_000L;
                    for (Sock s : mine) {
                        for (int id = 0; id < 256; id++) {
                            if (s.state.get(id) == IN_FLIGHT && now - s.sentAt[id] > timeoutNanos) {
                                if (counted(s.scheduledAt[id])) {
                                    c.timeout++;
                                }
                                release(s, id, crypto);
                                if (closed) {
                                    sendNext(s, crypto, c);
                                }
                            }
                        }
                    }
                }
                boolean sendingOver = closed
                        ? stopSending || (o.requests > 0 && measuredSends.get() >= o.requests)
                        : senderDone;
                if (sendingOver && inFlight(mine) == 0) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private volatile boolean senderDone;
    private long udpDrops;

    private boolean counted(long scheduled) {
        return scheduled >= windowStart && scheduled < windowEnd;
    }

    private void release(Sock s, int id, Crypto crypto) {
        s.state.set(id, FREE);
        if (!armAtSend()) {
            arm(crypto, s, id);
        }
        s.giveBack(id);
    }

    /** Whether buffers are armed as they are sent (a --requests run) rather than ahead. */
    private boolean armAtSend() {
        return o.requests > 0 && o.rate <= 0;
    }

    private void onReply(Sock s, byte[] rx, int n, long now, Crypto crypto, Counts c) {
        if (n < 20) {
            c.unexpected++;
            return;
        }
        int id = rx[1] & 0xff;
        int len = ((rx[2] & 0xff) << 8) | (rx[3] & 0xff);
        if (len < 20 || len > n) {
            c.unexpected++;
            return;
        }
        if (s.state.get(id) != IN_FLIGHT) {
            if (s.hasPrevious[id] && crypto.responseAuthenticatorOk(rx, len, s.previousRa[id])) {
                c.late++;
            } else {
                c.unexpected++;
            }
            return;
        }
        if (!crypto.responseAuthenticatorOk(rx, len, s.ra[id])) {
            if (s.hasPrevious[id] && crypto.responseAuthenticatorOk(rx, len, s.previousRa[id])) {
                c.late++;
            } else {
                c.badAuthenticator++;
            }
            return; // the request stays in flight: its own answer may still come
        }
        int ma = crypto.replyMessageAuthenticator(rx, len, s.ra[id]);
        long scheduled = s.scheduledAt[id];
        boolean inWindow = counted(scheduled);
        if (now >= windowStart && now < windowEnd) {
            c.answeredInWindow++;
        }
        if (inWindow) {
            if (ma == 0) {
                c.badReplyMessageAuthenticator++;
            } else {
                if (ma == 1) {
                    c.replyWithMessageAuthenticator++;
                }
                switch (rx[0] & 0xff) {
                    case ACCESS_ACCEPT -> c.accept++;
                    case ACCESS_REJECT -> c.reject++;
                    case ACCOUNTING_RESPONSE -> c.accountingResponse++;
                    default -> c.otherCode++;
                }
            }
            c.latency.add(now - scheduled);
            if (o.rate > 0) {
                c.fromSend.add(now - s.sentAt[id]);
                if (now - scheduled > SLOW_NANOS) {
                    c.slow.add(scheduled - windowStart);
                    c.slow.add(now - scheduled);
                }
            }
            c.lastAnswerAt = now;
        }
        if (o.verbose > 0 && verbosePrinted.getAndIncrement() < o.verbose) {
            System.err.println(describe(s, id, rx, len, now - s.sentAt[id], ma));
        }
        release(s, id, crypto);
    }

    private String describe(Sock s, int id, byte[] rx, int len, long nanos, int ma) {
        StringBuilder sb = new StringBuilder();
        String code = switch (rx[0] & 0xff) {
            case ACCESS_ACCEPT -> "Access-Accept";
            case ACCESS_REJECT -> "Access-Reject";
            case ACCOUNTING_RESPONSE -> "Accounting-Response";
            default -> "code " + (rx[0] & 0xff);
        };
        sb.append(String.format("reply sock=%d id=%d user=%s %s len=%d in %.3f ms, response authenticator ok, "
                + "Message-Authenticator %s:", s.index, id, codes[s.voucher[id]], code, len, nanos / 1e6,
                ma == 1 ? "ok" : ma == 0 ? "WRONG" : "absent"));
        for (int p = 20; p + 2 <= len; ) {
            int type = rx[p] & 0xff;
            int l = rx[p + 1] & 0xff;
            if (l < 2) {
                break;
            }
            byte[] v = Arrays.copyOfRange(rx, p + 2, p + l);
            String val;
            if (type == 18 || type == 25) {
                val = "\"" + new String(v, StandardCharsets.UTF_8) + "\"";
            } else if (v.length == 4 && type != 26) {
                val = Long.toString(((v[0] & 0xffL) << 24) | ((v[1] & 0xff) << 16) | ((v[2] & 0xff) << 8) | (v[3] & 0xff));
            } else if (type == 26 && v.length > 6) {
                val = "vendor " + (((v[0] & 0xff) << 24) | ((v[1] & 0xff) << 16) | ((v[2] & 0xff) << 8) | (v[3] & 0xff))
                        + " type " + (v[4] & 0xff) + " \"" + new String(v, 6, v.length - 6, StandardCharsets.UTF_8) + "\"";
            } else {
                StringBuilder hex = new StringBuilder("0x");
                for (byte x : v) {
                    hex.append(String.format("%02x", x));
                }
                val = hex.toString();
            }
            sb.append(" [").append(type).append("]=").append(val);
            p += l;
        }
        return sb.toString();
    }

    /**
     * Open loop: sends at the scheduled times, round robin over the sockets; driven either by a
     * sender thread of its own (sendDue, then waitForNext) or by the one I/O thread between reads.
     */
    final class Pacer {

        private final double interval = 1e9 / o.rate;
        // An identifier whose send failed stays with the sender (the ring has one producer: the I/O thread).
        private final int[] kept = new int[socks.length];
        private long k;
        private int rr;
        private boolean stalledThis;
        private boolean stalled;

        Pacer() {
            Arrays.fill(kept, -1);
        }

        /** Sends every request due by now; false once the schedule is over. */
        boolean sendDue(Counts c) {
            stalled = false;
            while (!stopSending) {
                long scheduled = start + (long) (k * interval);
                if (scheduled >= windowEnd) {
                    return false;
                }
                if (scheduled > System.nanoTime()) {
                    return true;
                }
                int id = -1;
                Sock s = null;
                for (int i = 0; i < socks.length && id < 0; i++) {
                    s = socks[rr];
                    if (kept[rr] >= 0) {
                        id = kept[rr];
                        kept[rr] = -1;
                    } else {
                        id = s.takeFreeId();
                    }
                    rr = rr + 1 == socks.length ? 0 : rr + 1;
                }
                if (id < 0) {
                    // Every identifier of every socket is in flight: wait; the delay is charged to latency.
                    if (!stalledThis && counted(scheduled)) {
                        c.stalled++;
                        stalledThis = true;
                    }
                    stalled = true;
                    return true;
                }
                stalledThis = false;
                if (send(s, id, scheduled, c)) {
                    if (counted(scheduled)) {
                        c.sendLag.add(s.sentAt[id] - scheduled);
                    }
                } else {
                    kept[s.index] = id;
                }
                k++;
            }
            return false;
        }

        /** The sender thread's wait until the next send is due (or a little, when all identifiers are out). */
        void waitForNext(Counts c) {
            if (stalled) {
                LockSupport.parkNanos(20_000);
                return;
            }
            long wait = start + (long) (k * interval) - System.nanoTime();
            if (wait > 0) {
                // parkNanos overshoots by ~50 µs on Linux; the send lag shows how much.
                LockSupport.parkNanos(Math.max(wait, o.sendBatchNanos));
            }
        }
    }

    // ------------------------------------------------------------------ CPU from /proc

    private static long[] statTicks(String path) {
        try {
            String stat = Files.readString(Path.of(path));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after ')': state(3) ppid(4) ... utime is field 14, stime 15 (1-based over the whole line)
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long selfCpuTicks() {
        long[] t = statTicks("/proc/self/stat");
        return t == null ? -1 : t[0] + t[1];
    }

    private Map<String, Long> pidTicks() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (var e : o.pids.entrySet()) {
            long[] t = statTicks("/proc/" + e.getValue() + "/stat");
            m.put(e.getKey(), t == null ? -1 : t[0] + t[1]);
        }
        return m;
    }

    /** CPUs of the machine (not of this process's affinity mask, which taskset narrows). */
    private static int machineCpus() {
        try {
            return (int) Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.matches("cpu\\d+ .*")).count();
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** {busy, total} jiffies of the whole machine. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static void sleepUntil(long t) throws InterruptedException {
        while (true) {
            long d = t - System.nanoTime();
            if (d <= 0) {
                return;
            }
            Thread.sleep(Math.max(1, Math.min(d / 1_000_000, 200)));
        }
    }

    // ------------------------------------------------------------------ report

    private void report(Counts all, long windowNanos, Map<String, Long> srv0, Map<String, Long> srv1,
            long[] m0, long[] m1, long genTicks, long genTicksTotal) {
        double window = windowNanos / 1e9;
        boolean closedByCount = o.requests > 0 && o.rate <= 0;
        long answered = all.accept + all.reject + all.accountingResponse + all.otherCode;
        if (all.lastAnswerAt == 0) {
            all.lastAnswerAt = windowStart + windowNanos;
        }
        double rps = closedByCount
                ? answered / Math.max(1e-9, (all.lastAnswerAt - windowStart) / 1e9)
                : all.answeredInWindow / window;
        Arrays.sort(all.latency.a, 0, all.latency.n);
        Arrays.sort(all.sendLag.a, 0, all.sendLag.n);
        Arrays.sort(all.fromSend.a, 0, all.fromSend.n);
        double tick = 1e6 / o.clockTicks; // µs per tick
        // CPU is measured over the window; per request over what was answered in that window.
        long perDenominator = closedByCount ? answered : all.answeredInWindow;
        Map<String, String> r = new LinkedHashMap<>();
        r.put("label", o.label.isEmpty() ? "-" : o.label.replace(' ', '_'));
        r.put("mode", o.rate > 0 ? (o.oneThread ? "open1" : "open") : "closed");
        r.put("auth", o.auth);
        r.put("ma", o.messageAuthenticator && !o.auth.equals("acct") ? "yes" : "no");
        r.put("attrs", o.lean ? "lean" : "full");
        r.put("sockets", Integer.toString(o.sockets));
        r.put("inflight", o.rate > 0 ? "-" : Integer.toString(o.inflight));
        r.put("rate", o.rate > 0 ? String.format("%.0f", o.rate) : "-");
        r.put("window_s", String.format("%.2f", closedByCount ? (all.lastAnswerAt - windowStart) / 1e9 : window));
        r.put("sent", Long.toString(all.sent));
        r.put("accept", Long.toString(all.accept));
        r.put("reject", Long.toString(all.reject));
        r.put("acct_resp", Long.toString(all.accountingResponse));
        r.put("other", Long.toString(all.otherCode));
        r.put("timeout", Long.toString(all.timeout));
        r.put("bad_auth", Long.toString(all.badAuthenticator));
        r.put("bad_reply_ma", Long.toString(all.badReplyMessageAuthenticator));
        r.put("reply_ma", Long.toString(all.replyWithMessageAuthenticator));
        r.put("late", Long.toString(all.late));
        r.put("unexpected", Long.toString(all.unexpected));
        r.put("send_errors", Long.toString(all.sendErrors));
        r.put("stalled", Long.toString(all.stalled));
        r.put("udp_rcvbuf_drops", udpDrops < 0 ? "?" : Long.toString(udpDrops));
        r.put("rps", String.format("%.0f", rps));
        r.put("p50_ms", ms(pct(all.latency, 0.50)));
        r.put("p90_ms", ms(pct(all.latency, 0.90)));
        r.put("p99_ms", ms(pct(all.latency, 0.99)));
        r.put("p999_ms", ms(pct(all.latency, 0.999)));
        r.put("max_ms", ms(all.latency.n == 0 ? -1 : all.latency.a[all.latency.n - 1]));
        if (o.rate > 0) {
            r.put("send_lag_p50_ms", ms(pct(all.sendLag, 0.50)));
            r.put("send_lag_p99_ms", ms(pct(all.sendLag, 0.99)));
            // From the actual send: the server's and the network's part alone, understated when the generator stalled.
            r.put("sent_p50_ms", ms(pct(all.fromSend, 0.50)));
            r.put("sent_p99_ms", ms(pct(all.fromSend, 0.99)));
        }
        double srvTotal = 0;
        boolean srvKnown = !srv0.isEmpty();
        for (String k : srv0.keySet()) {
            long a = srv0.get(k);
            long b = srv1.getOrDefault(k, -1L);
            if (a < 0 || b < 0) {
                r.put("cpu_" + k + "_us", "?");
                srvKnown = false;
                continue;
            }
            double us = (b - a) * tick / Math.max(1, perDenominator);
            srvTotal += us;
            r.put("cpu_" + k + "_us", String.format("%.1f", us));
            r.put("cpu_" + k + "_cores", String.format("%.2f", (b - a) * tick / 1e6 / window));
        }
        if (o.pids.size() > 1) {
            r.put("cpu_servers_us", srvKnown ? String.format("%.1f", srvTotal) : "?");
        }
        r.put("cpu_gen_us", genTicks < 0 ? "?" : String.format("%.1f", genTicks * tick / Math.max(1, perDenominator)));
        r.put("cpu_gen_cores", genTicks < 0 ? "?" : String.format("%.2f", genTicks * tick / 1e6 / window));
        r.put("gen_cpu_total_s", String.format("%.2f", genTicksTotal / (double) o.clockTicks));
        // Busy cores of the whole machine over the window, and what of it was neither the listed processes nor this one.
        double machineBusy = (m1[0] - m0[0]) / (double) Math.max(1, m1[1] - m0[1]) * machineCpus();
        double ours = genTicks < 0 ? 0 : genTicks * tick / 1e6 / window;
        for (String k : srv0.keySet()) {
            if (srv0.get(k) >= 0 && srv1.getOrDefault(k, -1L) >= 0) {
                ours += (srv1.get(k) - srv0.get(k)) * tick / 1e6 / window;
            }
        }
        r.put("machine_busy_cores", String.format("%.2f", machineBusy));
        r.put("others_cores", String.format("%.2f", Math.max(0, machineBusy - ours)));
        r.put("loadavg", loadAverage());

        System.out.printf("%s %s, %s%s, %d sockets, %s: %,.0f answers/s over %.2f s%n",
                o.label.isEmpty() ? "run" : o.label, o.auth.toUpperCase(Locale.ROOT),
                r.get("ma").equals("yes") ? "with Message-Authenticator" : "no Message-Authenticator",
                o.wrongPassword ? ", WRONG PASSWORD" : "", o.sockets,
                o.rate > 0 ? String.format("open loop at %,.0f/s%s", o.rate, o.oneThread ? " (one thread)" : "")
                        : "closed loop, " + o.inflight + " in flight",
                rps, Double.parseDouble(r.get("window_s")));
        System.out.printf("  measured requests %,d: accept %,d, reject %,d, accounting-response %,d, other %,d, timeout %,d%n",
                all.sent, all.accept, all.reject, all.accountingResponse, all.otherCode, all.timeout);
        System.out.printf("  bad response authenticator %,d, bad reply Message-Authenticator %,d (replies carrying one: %,d),"
                + " late %,d, unexpected %,d, send errors %,d, stalled sends %,d, UDP receive-buffer drops (machine) %s%n",
                all.badAuthenticator, all.badReplyMessageAuthenticator, all.replyWithMessageAuthenticator, all.late,
                all.unexpected, all.sendErrors, all.stalled, r.get("udp_rcvbuf_drops"));
        System.out.printf("  latency%s ms: p50 %s, p90 %s, p99 %s, p99.9 %s, max %s%n",
                o.rate > 0 ? " from scheduled send" : "", r.get("p50_ms"), r.get("p90_ms"), r.get("p99_ms"),
                r.get("p999_ms"), r.get("max_ms"));
        if (o.rate > 0) {
            System.out.printf("  send lag (actual - scheduled) ms: p50 %s, p99 %s; latency from the actual send ms: p50 %s, p99 %s%n",
                    r.get("send_lag_p50_ms"), r.get("send_lag_p99_ms"), r.get("sent_p50_ms"), r.get("sent_p99_ms"));
            System.out.println(slowEpisodes(all.slow));
        }
        StringBuilder cpu = new StringBuilder("  CPU µs per answered request:");
        for (String k : o.pids.keySet()) {
            cpu.append(' ').append(k).append(' ').append(r.get("cpu_" + k + "_us")).append(',');
        }
        cpu.append(" generator ").append(r.get("cpu_gen_us")).append(" (").append(r.get("cpu_gen_cores"))
                .append(" cores); machine busy ").append(r.get("machine_busy_cores")).append(" cores, of which other processes ")
                .append(r.get("others_cores")).append("; load average ").append(r.get("loadavg"));
        System.out.println(cpu);
        StringBuilder line = new StringBuilder("RESULT");
        r.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
    }

    /**
     * Whether the slow answers come in episodes (a stall of the server or the generator: many in a
     * row, then none) or one by one, and how often: the episodes' starts, lengths and spacing.
     */
    private static String slowEpisodes(Longs slow) {
        int pairs = slow.n / 2;
        if (pairs == 0) {
            return "  slow answers (> " + SLOW_NANOS / 1_000_000 + " ms): none";
        }
        long[][] p = new long[pairs][];
        for (int i = 0; i < pairs; i++) {
            p[i] = new long[] {slow.a[2 * i], slow.a[2 * i + 1]};
        }
        Arrays.sort(p, (x, y) -> Long.compare(x[0], y[0]));
        List<long[]> episodes = new ArrayList<>(); // start, end (scheduled), count, max latency
        for (long[] x : p) {
            long[] last = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
            if (last != null && x[0] - last[1] < EPISODE_GAP_NANOS) {
                last[1] = x[0];
                last[2]++;
                last[3] = Math.max(last[3], x[1]);
            } else {
                episodes.add(new long[] {x[0], x[0], 1, x[1]});
            }
        }
        long[] lengths = episodes.stream().mapToLong(e -> e[1] - e[0] + e[3]).sorted().toArray();
        long[] spacing = new long[Math.max(0, episodes.size() - 1)];
        for (int i = 1; i < episodes.size(); i++) {
            spacing[i - 1] = episodes.get(i)[0] - episodes.get(i - 1)[0];
        }
        Arrays.sort(spacing);
        StringBuilder sb = new StringBuilder(String.format(
                "  slow answers (> %d ms): %,d in %,d episodes; episode span p50 %.1f ms, max %.1f ms; episodes every %s ms (p50 of the spacing)",
                SLOW_NANOS / 1_000_000, pairs, episodes.size(), lengths[lengths.length / 2] / 1e6,
                lengths[lengths.length - 1] / 1e6, spacing.length == 0 ? "-" : String.format("%.0f", spacing[spacing.length / 2] / 1e6)));
        sb.append(String.format("%n  largest episodes (start s into the window, answers, worst ms):"));
        episodes.stream().sorted((x, y) -> Long.compare(y[2], x[2])).limit(12)
                .forEach(e -> sb.append(String.format(" %.3f:%d:%.1f", e[0] / 1e9, e[2], e[3] / 1e6)));
        return sb.toString();
    }

    /** The machine's count of UDP datagrams dropped because a socket's receive buffer was full. */
    private static long udpReceiveBufferErrors() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/net/snmp"));
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).startsWith("Udp:") && lines.get(i + 1).startsWith("Udp:")) {
                    List<String> names = Arrays.asList(lines.get(i).trim().split("\\s+"));
                    String[] values = lines.get(i + 1).trim().split("\\s+");
                    int at = names.indexOf("RcvbufErrors");
                    return at < 0 ? -1 : Long.parseLong(values[at]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long pct(Longs l, double p) {
        if (l.n == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p * l.n) - 1;
        return l.a[Math.max(0, Math.min(l.n - 1, i))];
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
