package org.hotspot.testing.radius;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodec;
import org.aaa4j.radius.core.packet.PacketCodecException;

/**
 * A RADIUS server for Radclient's tests, built on aaa4j so that what radclient sends is decoded,
 * and its replies signed, by code that shares nothing with ours. It answers each request with what
 * {@code respond} returns, or not at all for {@code null}.
 */
public final class Aaa4jServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final byte[] secret;
    private final PacketCodec codec = new PacketCodec(new StandardDictionary());
    private final Function<Packet, Packet> respond;
    public final List<Packet> received = new CopyOnWriteArrayList<>();
    public final List<String> refused = new CopyOnWriteArrayList<>();

    public Aaa4jServer(String secret, Function<Packet, Packet> respond) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.respond = respond;
        Thread thread = new Thread(this::serve, "aaa4j-server");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
                byte[] bytes = Arrays.copyOf(datagram.getData(), datagram.getLength());
                Packet request = codec.decodeRequest(bytes, secret);
                received.add(request);
                Packet response = respond.apply(request);
                if (response != null) {
                    byte[] encoded = codec.encodeResponse(response, secret, request.getReceivedFields().getIdentifier(),
                            request.getReceivedFields().getAuthenticator());
                    socket.send(new DatagramPacket(encoded, encoded.length, datagram.getSocketAddress()));
                }
            } catch (PacketCodecException e) {
                refused.add(e.getMessage());
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    refused.add(e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
