package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.util.List;
import org.aaa4j.radius.core.attribute.Attribute;
import org.aaa4j.radius.core.attribute.EnumData;
import org.aaa4j.radius.core.attribute.IntegerData;
import org.aaa4j.radius.core.attribute.Ipv4AddrData;
import org.aaa4j.radius.core.attribute.StringData;
import org.aaa4j.radius.core.attribute.TextData;
import org.aaa4j.radius.core.attribute.VsaData;
import org.aaa4j.radius.core.attribute.attributes.AcctInputGigawords;
import org.aaa4j.radius.core.attribute.attributes.AcctInputOctets;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionId;
import org.aaa4j.radius.core.attribute.attributes.AcctStatusType;
import org.aaa4j.radius.core.attribute.attributes.ChapChallenge;
import org.aaa4j.radius.core.attribute.attributes.ChapPassword;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.NasIpAddress;
import org.aaa4j.radius.core.attribute.attributes.SessionTimeout;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.attribute.attributes.UserPassword;
import org.aaa4j.radius.core.attribute.attributes.VendorSpecific;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.packets.AccessAccept;
import org.aaa4j.radius.core.packet.packets.AccessRequest;
import org.aaa4j.radius.core.packet.packets.AccountingRequest;
import org.aaa4j.radius.core.util.SecureRandomProvider;
import org.hotspot.gateway.radius.codec.Authenticators.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Packets encoded and signed by aaa4j-radius, an independent implementation, decode and verify here. */
class MadeByAaa4jTest {

    private static final byte[] SECRET = utf8("s3cr3t-nas-7");
    private static final byte[] OTHER_SECRET = utf8("s3cr3t-nas-8");
    private static final byte[] REQUEST_AUTHENTICATOR = hex("8f02d473671982c2613b8f430edbec78");
    private static final byte[] CHALLENGE = hex("6d2f7c1e9a4b3c5d00112233445566778899");
    private static final long FIVE_GB = 5_000_000_000L;

    @SuppressWarnings("checkstyle:inlineFullyQualifiedName") // aaa4j's PacketCodec beside this package's own
    private final org.aaa4j.radius.core.packet.PacketCodec aaa4j =
            new org.aaa4j.radius.core.packet.PacketCodec(new StandardDictionary(), new SecureRandomProvider(),
                    () -> 42);

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 16, 17, 128})
    @SuppressWarnings("checkstyle:inlineFullyQualifiedName") // this package's UserPassword beside aaa4j's
    void papAccessRequestWithMessageAuthenticatorVerifiesAndRevealsItsPassword(int length) throws Exception {
        String password = "p".repeat(length);
        byte[] datagram = aaa4j.encodeRequest(new AccessRequest(List.of(
                new UserName(new TextData(RadclientPackets.USER)),
                new UserPassword(new StringData(utf8(password))),
                new NasIpAddress(new Ipv4AddrData((Inet4Address) InetAddress.getByName("10.20.0.1"))),
                new MessageAuthenticator())), SECRET, REQUEST_AUTHENTICATOR.clone());

        RadiusPacket request = PacketCodec.decode(datagram);

        assertThat(request.identifier()).isEqualTo(42);
        assertThat(request.authenticator()).isEqualTo(REQUEST_AUTHENTICATOR);
        assertThat(request.text(Attributes.USER_NAME)).isEqualTo(RadclientPackets.USER);
        assertThat(request.first(Attributes.NAS_IP_ADDRESS).asAddress()).isEqualTo("10.20.0.1");
        assertThat(Authenticators.hasMessageAuthenticator(request)).isTrue();
        assertThat(Authenticators.checkRequest(request, SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkRequest(request, OTHER_SECRET)).isEqualTo(Check.BAD_MESSAGE_AUTHENTICATOR);
        byte[] hidden = request.first(Attributes.USER_PASSWORD).value();
        assertThat(org.hotspot.gateway.radius.codec.UserPassword.reveal(hidden, SECRET, REQUEST_AUTHENTICATOR))
                .asString().isEqualTo(password);
    }

    @Test
    void chapOverChapChallengeMatches() throws Exception {
        byte[] datagram = aaa4j.encodeRequest(new AccessRequest(List.of(
                new UserName(new TextData(RadclientPackets.USER)),
                new ChapPassword(new StringData(chapPassword((byte) 9, CHALLENGE))),
                new ChapChallenge(new StringData(CHALLENGE)),
                new MessageAuthenticator())), SECRET, REQUEST_AUTHENTICATOR.clone());

        RadiusPacket request = PacketCodec.decode(datagram);

        assertThat(Authenticators.checkRequest(request, SECRET)).isEqualTo(Check.VALID);
        assertThat(Chap.matches(request, utf8(RadclientPackets.PASSWORD))).isTrue();
        assertThat(Chap.matches(request, utf8("h4ppy-hours"))).isFalse();
    }

    @Test
    void chapOverTheRequestAuthenticatorMatches() throws Exception {
        byte[] datagram = aaa4j.encodeRequest(new AccessRequest(List.of(
                new UserName(new TextData(RadclientPackets.USER)),
                new ChapPassword(new StringData(chapPassword((byte) 9, REQUEST_AUTHENTICATOR))))),
                SECRET, REQUEST_AUTHENTICATOR.clone());

        RadiusPacket request = PacketCodec.decode(datagram);

        assertThat(Chap.matches(request, utf8(RadclientPackets.PASSWORD))).isTrue();
    }

    @Test
    void accountingRequestVerifiesWithItsGigawords() throws Exception {
        byte[] datagram = aaa4j.encodeRequest(new AccountingRequest(List.of(
                new AcctStatusType(new EnumData(3)),
                new AcctSessionId(new TextData("81a00003")),
                new AcctInputOctets(new IntegerData((int) FIVE_GB)),
                new AcctInputGigawords(new IntegerData((int) (FIVE_GB >>> 32))))), SECRET, new byte[16]);

        RadiusPacket request = PacketCodec.decode(datagram);

        assertThat(Authenticators.checkRequest(request, SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkRequest(request, OTHER_SECRET)).isEqualTo(Check.BAD_AUTHENTICATOR);
        assertThat(request.integer(Attributes.ACCT_INPUT_GIGAWORDS) << 32
                | request.integer(Attributes.ACCT_INPUT_OCTETS))
                .isEqualTo(FIVE_GB);
    }

    @Test
    void disconnectRequestWithMessageAuthenticatorVerifies() throws Exception {
        // aaa4j has no Disconnect-Request, but its answer signing over a zero Request Authenticator is
        // RFC 5176's construction: Message-Authenticator, then MD5, both over a zero authenticator.
        Packet disconnect = new Packet(Codes.DISCONNECT_REQUEST, List.<Attribute<?>>of(
                new UserName(new TextData(RadclientPackets.USER)),
                new AcctSessionId(new TextData("81a00003")),
                new MessageAuthenticator()));
        byte[] datagram = aaa4j.encodeResponse(disconnect, SECRET, 42, new byte[16]);

        RadiusPacket request = PacketCodec.decode(datagram);

        assertThat(request.code()).isEqualTo(Codes.DISCONNECT_REQUEST);
        assertThat(Authenticators.checkRequest(request, SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkRequest(request, OTHER_SECRET)).isEqualTo(Check.BAD_AUTHENTICATOR);
    }

    @Test
    void accessAcceptWithMessageAuthenticatorAndMikrotikRateLimitVerifies() throws Exception {
        byte[] datagram = aaa4j.encodeResponse(new AccessAccept(List.of(
                new MessageAuthenticator(),
                new SessionTimeout(new IntegerData(3600)),
                new VendorSpecific(new VsaData(Attributes.VENDOR_MIKROTIK, Attributes.MIKROTIK_RATE_LIMIT,
                        utf8("2M/4M"))))),
                SECRET, 42, REQUEST_AUTHENTICATOR);

        RadiusPacket accept = PacketCodec.decode(datagram);

        assertThat(Authenticators.checkResponse(accept, REQUEST_AUTHENTICATOR, SECRET)).isEqualTo(Check.VALID);
        assertThat(Authenticators.checkResponse(accept, REQUEST_AUTHENTICATOR, OTHER_SECRET))
                .isEqualTo(Check.BAD_AUTHENTICATOR);
        assertThat(accept.integer(Attributes.SESSION_TIMEOUT)).isEqualTo(3600);
        assertThat(accept.first(Attributes.VENDOR_MIKROTIK, Attributes.MIKROTIK_RATE_LIMIT).asText())
                .isEqualTo("2M/4M");
    }

    /** CHAP-Password computed here from RFC 1994, not by the codec under test. */
    private static byte[] chapPassword(byte identifier, byte[] challenge) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(identifier);
        md5.update(utf8(RadclientPackets.PASSWORD));
        byte[] value = new byte[17];
        value[0] = identifier;
        System.arraycopy(md5.digest(challenge), 0, value, 1, 16);
        return value;
    }
}
