package org.hotspot.gateway.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

import java.util.List;
import org.aaa4j.radius.core.attribute.VsaData;
import org.aaa4j.radius.core.attribute.attributes.AcctInputGigawords;
import org.aaa4j.radius.core.attribute.attributes.AcctInputOctets;
import org.aaa4j.radius.core.attribute.attributes.AcctSessionId;
import org.aaa4j.radius.core.attribute.attributes.MessageAuthenticator;
import org.aaa4j.radius.core.attribute.attributes.UserName;
import org.aaa4j.radius.core.attribute.attributes.VendorSpecific;
import org.aaa4j.radius.core.dictionary.dictionaries.StandardDictionary;
import org.aaa4j.radius.core.packet.Packet;
import org.aaa4j.radius.core.packet.PacketCodecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Packets encoded and signed here decode and verify in aaa4j-radius, an independent implementation. */
class CheckedByAaa4jTest {

    private static final byte[] SECRET = utf8("s3cr3t-nas-7");
    private static final byte[] OTHER_SECRET = utf8("s3cr3t-nas-8");
    private static final byte[] REQUEST_AUTHENTICATOR = hex("8f02d473671982c2613b8f430edbec78");
    private static final RadiusAttribute PLACEHOLDER =
            RadiusAttribute.of(Attributes.MESSAGE_AUTHENTICATOR, new byte[16]);
    private static final long FIVE_GB = 5_000_000_000L;

    @SuppressWarnings("checkstyle:inlineFullyQualifiedName") // aaa4j's PacketCodec beside this package's own
    private final org.aaa4j.radius.core.packet.PacketCodec aaa4j =
            new org.aaa4j.radius.core.packet.PacketCodec(new StandardDictionary());

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 16, 17, 128})
    @SuppressWarnings("checkstyle:inlineFullyQualifiedName") // aaa4j's UserPassword beside this package's own
    void papAccessRequestWithMessageAuthenticatorVerifiesAndRevealsItsPassword(int length) throws Exception {
        String password = "p".repeat(length);
        byte[] datagram = PacketCodec.encode(Codes.ACCESS_REQUEST, 7, REQUEST_AUTHENTICATOR, List.of(
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER),
                RadiusAttribute.of(Attributes.USER_PASSWORD,
                        UserPassword.hide(utf8(password), SECRET, REQUEST_AUTHENTICATOR)),
                PLACEHOLDER));
        Authenticators.signRequest(datagram, SECRET);

        Packet request = aaa4j.decodeRequest(datagram.clone(), SECRET);

        assertThat(request.getReceivedFields().getIdentifier()).isEqualTo(7);
        assertThat(request.getAttribute(UserName.class)).get().extracting(name -> name.getData().getValue())
                .isEqualTo(RadclientPackets.USER);
        assertThat(request.getAttribute(org.aaa4j.radius.core.attribute.attributes.UserPassword.class)).get()
                .extracting(hidden -> new String(hidden.getData().getValue())).isEqualTo(password);
        assertThatThrownBy(() -> aaa4j.decodeRequest(datagram.clone(), OTHER_SECRET))
                .isInstanceOf(PacketCodecException.class).hasMessageContaining("message authenticator");
    }

    @Test
    void accountingRequestVerifiesWithItsGigawords() throws Exception {
        byte[] datagram = PacketCodec.encode(Codes.ACCOUNTING_REQUEST, 7, new byte[16], List.of(
                RadiusAttribute.integer(Attributes.ACCT_STATUS_TYPE, 3),
                RadiusAttribute.text(Attributes.ACCT_SESSION_ID, "81a00003"),
                RadiusAttribute.integer(Attributes.ACCT_INPUT_OCTETS, FIVE_GB),
                RadiusAttribute.integer(Attributes.ACCT_INPUT_GIGAWORDS, FIVE_GB >>> 32)));
        Authenticators.signRequest(datagram, SECRET);

        Packet request = aaa4j.decodeRequest(datagram.clone(), SECRET);

        assertThat(request.getAttribute(AcctSessionId.class)).get().extracting(id -> id.getData().getValue())
                .isEqualTo("81a00003");
        long octets = Integer.toUnsignedLong(
                request.getAttribute(AcctInputOctets.class).orElseThrow().getData().getValue());
        long gigawords = request.getAttribute(AcctInputGigawords.class).orElseThrow().getData().getValue();
        assertThat(gigawords << 32 | octets).isEqualTo(FIVE_GB);
        assertThatThrownBy(() -> aaa4j.decodeRequest(datagram.clone(), OTHER_SECRET))
                .isInstanceOf(PacketCodecException.class);
    }

    @Test
    void disconnectRequestWithMessageAuthenticatorVerifies() throws Exception {
        byte[] datagram = PacketCodec.encode(Codes.DISCONNECT_REQUEST, 7, REQUEST_AUTHENTICATOR, List.of(
                RadiusAttribute.text(Attributes.USER_NAME, RadclientPackets.USER),
                RadiusAttribute.text(Attributes.ACCT_SESSION_ID, "81a00003"),
                PLACEHOLDER));
        Authenticators.signRequest(datagram, SECRET);

        // aaa4j has no Disconnect-Request; an answer to a request with a zero authenticator is checked
        // exactly as RFC 5176 signs one: Message-Authenticator and MD5, both over a zero authenticator.
        Packet request = aaa4j.decodeResponse(datagram, SECRET, new byte[16]);

        assertThat(request.getCode()).isEqualTo(Codes.DISCONNECT_REQUEST);
        assertThat(request.getAttribute(AcctSessionId.class)).isPresent();
        assertThatThrownBy(() -> aaa4j.decodeResponse(datagram, OTHER_SECRET, new byte[16]))
                .isInstanceOf(PacketCodecException.class);
    }

    @Test
    void accessAcceptWithMessageAuthenticatorAndMikrotikAttributesVerifies() throws Exception {
        List<RadiusAttribute> attributes = List.of(PLACEHOLDER,
                RadiusAttribute.integer(Attributes.SESSION_TIMEOUT, 3600),
                RadiusAttribute.vendorText(Attributes.VENDOR_MIKROTIK, Attributes.MIKROTIK_RATE_LIMIT, "2M/4M"),
                RadiusAttribute.vendorInteger(Attributes.VENDOR_MIKROTIK, Attributes.MIKROTIK_TOTAL_LIMIT, FIVE_GB),
                RadiusAttribute.vendorInteger(Attributes.VENDOR_MIKROTIK, Attributes.MIKROTIK_TOTAL_LIMIT_GIGAWORDS,
                        FIVE_GB >>> 32));
        byte[] datagram = PacketCodec.encode(Codes.ACCESS_ACCEPT, 7, new byte[16], attributes);
        Authenticators.signResponse(datagram, REQUEST_AUTHENTICATOR, SECRET);

        Packet accept = aaa4j.decodeResponse(datagram, SECRET, REQUEST_AUTHENTICATOR);

        assertThat(accept.getAttributes(MessageAuthenticator.class)).hasSize(1);
        assertThat(accept.getAttributes(VendorSpecific.class)).extracting(VendorSpecific::getData)
                .extracting(VsaData::getVendorId, VsaData::getVendorType, data -> hex(data.getVsaData()))
                .containsExactly(
                        tuple(14988, 8, hex(utf8("2M/4M"))),
                        tuple(14988, 17, "2a05f200"),
                        tuple(14988, 18, "00000001"));
        assertThatThrownBy(() -> aaa4j.decodeResponse(datagram, SECRET, new byte[16]))
                .isInstanceOf(PacketCodecException.class);
    }
}
