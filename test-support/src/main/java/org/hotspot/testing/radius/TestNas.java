package org.hotspot.testing.radius;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A router on loopback that takes RFC 5176 Disconnect-Requests and CoA-Requests, so tests of the
 * services that end or change sessions can see exactly what reached the router and make it answer
 * as real ones do: ACK, NAK with an Error-Cause, or nothing at all. It checks each request's
 * authenticator and Message-Authenticator with its own arithmetic ({@link RadiusPacket}), records
 * every packet, drops those that fail (a router must, RFC 5176 §3.4) and signs its answers.
 *
 * <pre>{@code
 * try (TestNas nas = TestNas.start("s3cret").nak(TestNas.SESSION_CONTEXT_NOT_FOUND)) {
 *     // point the service at 127.0.0.1:nas.port(), make it disconnect a session, then
 *     NasRequest request = nas.awaitRequests(1, Duration.ofSeconds(5)).get(0);
 * }
 * }</pre>
 */
public final class TestNas implements AutoCloseable {

    /** Error-Cause 503: the router has no such session, what a real one says for a stale one. */
    public static final int SESSION_CONTEXT_NOT_FOUND = 503;
    private static final int ERROR_CAUSE = 101;

    private final DatagramSocket socket;
    private final byte[] secret;
    private final List<NasRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unansweredToCome = new AtomicInteger();
    private volatile Answer answer = Answer.ACK;
    private volatile boolean requireMessageAuthenticator;

    private TestNas(DatagramSocket socket, byte[] secret) {
        this.socket = socket;
        this.secret = secret;
        Thread receiver = new Thread(this::receive, "test-nas-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** A router on an ephemeral loopback port, answering ACK. */
    public static TestNas start(String secret) {
        return start(secret, 0);
    }

    /** A router on the given loopback port (0 for any), answering ACK. */
    public static TestNas start(String secret, int port) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("RADIUS needs a shared secret");
        }
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return new TestNas(socket, secret.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address it listens on. */
    public String host() {
        return socket.getLocalAddress().getHostAddress();
    }

    /** The UDP port it listens on. */
    public int port() {
        return socket.getLocalPort();
    }

    /** From now on, answer Disconnect-ACK or CoA-ACK. */
    public TestNas ack() {
        answer = Answer.ACK;
        return this;
    }

    /** From now on, answer Disconnect-NAK or CoA-NAK carrying this Error-Cause (RFC 5176 §3.6). */
    public TestNas nak(int errorCause) {
        answer = new Answer(true, errorCause);
        return this;
    }

    /** From now on, answer nothing, as a router that is down or unreachable. */
    public TestNas noAnswer() {
        answer = Answer.NONE;
        return this;
    }

    /**
     * Leave the next {@code count} authentic requests unanswered (retransmissions count), then answer
     * as set: how a sender's retries are tested.
     */
    public TestNas noAnswerToFirst(int count) {
        unansweredToCome.set(count);
        return this;
    }

    /**
     * From now on, drop requests without a Message-Authenticator, as routers hardened against
     * BlastRADIUS (CVE-2024-3596) do.
     */
    public TestNas requireMessageAuthenticator() {
        requireMessageAuthenticator = true;
        return this;
    }

    /** Every packet received so far, in order of arrival. */
    public List<NasRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * Waits until at least {@code count} packets have arrived; all that arrived.
     *
     * @throws AssertionError if fewer arrived within {@code timeout}
     */
    public List<NasRequest> awaitRequests(int count, Duration timeout) {
        try {
            Awaitility.await("TestNas receiving " + count + " requests").atMost(timeout)
                    .pollInterval(Duration.ofMillis(10)).until(() -> requests.size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("TestNas expected " + count + " requests within " + timeout + " but got "
                    + requests.size() + ": " + requests, e);
        }
        return requests();
    }

    /** Forgets the packets received so far. */
    public void clear() {
        requests.clear();
    }

    /** Stops listening; the receiving thread ends. */
    @Override
    public void close() {
        socket.close();
    }

    private void receive() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
                handle(datagram);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    System.err.println("TestNas on port " + port() + ": " + e);
                }
            }
        }
    }

    private void handle(DatagramPacket datagram) throws IOException {
        RadiusPacket packet;
        try {
            packet = RadiusPacket.parse(datagram.getData(), datagram.getLength());
        } catch (IllegalArgumentException e) {
            System.err.println("TestNas on port " + port() + " dropped a malformed packet: " + e.getMessage());
            return;
        }
        boolean authentic = packet.requestAuthenticatorValid(secret);
        boolean signed = packet.hasMessageAuthenticator();
        boolean signatureValid = packet.messageAuthenticatorValid(secret);
        boolean acceptable = authentic && (signed ? signatureValid : !requireMessageAuthenticator);
        Answer reply = acceptable ? answerFor(packet.code()) : Answer.NONE;
        int answerCode = reply == Answer.NONE ? 0 : packet.code() + (reply.nak() ? 2 : 1);
        // Recorded before answering: a test that has just seen the answer must find the request.
        requests.add(new NasRequest(packet.code(), packet.identifier(), packet.attributes(), authentic, signed,
                signatureValid, answerCode, Instant.now()));
        if (answerCode != 0) {
            List<NasRequest.Attribute> attributes = reply.nak()
                    ? List.of(NasRequest.Attribute.integer(ERROR_CAUSE, reply.errorCause()))
                    : List.of();
            byte[] response = RadiusPacket.response(answerCode, packet.identifier(), packet.authenticator(), attributes,
                    secret);
            socket.send(new DatagramPacket(response, response.length, datagram.getSocketAddress()));
        }
    }

    /** How to answer an authentic packet with this code. */
    private Answer answerFor(int code) {
        if (code != NasRequest.DISCONNECT_REQUEST && code != NasRequest.COA_REQUEST) {
            return Answer.NONE;
        }
        if (unansweredToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Answer.NONE;
        }
        return answer;
    }

    /** How to answer; one volatile value so a NAK and its Error-Cause change together. */
    private record Answer(boolean nak, int errorCause) {
        static final Answer ACK = new Answer(false, 0);
        static final Answer NONE = new Answer(false, -1);
    }
}
