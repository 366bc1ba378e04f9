package org.hotspot.gateway.radius.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RADIUS packets to and from octets (RFC 2865 §3 and §5). Decoding is strict about what makes a
 * packet ambiguous (a Length that disagrees with the datagram, an attribute running past the end)
 * and lenient about the rest: octets after the Length are padding and ignored (§3), and a
 * Vendor-Specific attribute that is not in the usual sub-attribute layout is kept whole.
 */
public final class PacketCodec {

    private PacketCodec() {
    }

    /** Decodes {@code length} octets of {@code data} from {@code offset}. */
    public static RadiusPacket decode(byte[] data, int offset, int length) throws MalformedPacketException {
        if (length < RadiusPacket.HEADER) {
            throw new MalformedPacketException("too-short",
                    "a RADIUS packet has at least 20 octets, this one " + length);
        }
        int declared = (data[offset + 2] & 0xFF) << 8 | (data[offset + 3] & 0xFF);
        if (declared < RadiusPacket.HEADER || declared > RadiusPacket.MAX_LENGTH) {
            throw new MalformedPacketException("bad-length", "Length " + declared + " is outside 20..4096");
        }
        if (declared > length) {
            // RFC 2865 §3: shorter than its Length field says, the packet is silently discarded.
            throw new MalformedPacketException("bad-length", "Length " + declared + " but only " + length + " octets");
        }
        byte[] raw = Arrays.copyOfRange(data, offset, offset + declared);
        int code = raw[0] & 0xFF;
        if (code == 0) {
            throw new MalformedPacketException("bad-code", "code 0");
        }
        List<RadiusAttribute> attributes = new ArrayList<>(16);
        int at = RadiusPacket.HEADER;
        while (at < declared) {
            if (declared - at < 2) {
                throw new MalformedPacketException("bad-attribute", "a lone octet after the last attribute");
            }
            int type = raw[at] & 0xFF;
            int attributeLength = raw[at + 1] & 0xFF;
            if (type == 0 || attributeLength < 2 || at + attributeLength > declared) {
                throw new MalformedPacketException("bad-attribute",
                        "attribute type " + type + " of length " + attributeLength + " at offset " + at);
            }
            if (type == Attributes.VENDOR_SPECIFIC) {
                decodeVendorSpecific(raw, at + 2, attributeLength - 2, attributes);
            } else {
                attributes.add(RadiusAttribute.of(type, Arrays.copyOfRange(raw, at + 2, at + attributeLength)));
            }
            at += attributeLength;
        }
        byte[] authenticator = Arrays.copyOfRange(raw, 4, 20);
        return new RadiusPacket(code, raw[1] & 0xFF, authenticator, attributes, raw);
    }

    public static RadiusPacket decode(byte[] data) throws MalformedPacketException {
        return decode(data, 0, data.length);
    }

    /**
     * RFC 2865 §5.26: a vendor id, then (for nearly every vendor, MikroTik and WISPr included)
     * type-length-value sub-attributes. Content that does not parse that way is kept as it came.
     */
    private static void decodeVendorSpecific(byte[] raw, int from, int length, List<RadiusAttribute> into)
            throws MalformedPacketException {
        if (length < 5) {
            throw new MalformedPacketException("bad-attribute", "Vendor-Specific of " + length + " octets");
        }
        int vendorId = (raw[from] & 0xFF) << 24 | (raw[from + 1] & 0xFF) << 16 | (raw[from + 2] & 0xFF) << 8
                | (raw[from + 3] & 0xFF);
        int end = from + length;
        if (vendorId == 0) {
            // Vendor 0 is reserved; keep the whole content as a plain attribute so it encodes back unchanged.
            into.add(RadiusAttribute.of(Attributes.VENDOR_SPECIFIC, Arrays.copyOfRange(raw, from, end)));
        } else if (vendorId > 0 && subAttributesFit(raw, from + 4, end)) {
            for (int at = from + 4; at < end; at += raw[at + 1] & 0xFF) {
                into.add(RadiusAttribute.vendor(vendorId, raw[at] & 0xFF,
                        Arrays.copyOfRange(raw, at + 2, at + (raw[at + 1] & 0xFF))));
            }
        } else {
            // Also a Vendor-Id of 2^31 or more (§5.26 has its high octet 0), which RadiusAttribute.vendor refuses.
            into.add(new RadiusAttribute(Attributes.VENDOR_SPECIFIC, vendorId, -1,
                    Arrays.copyOfRange(raw, from + 4, end)));
        }
    }

    private static boolean subAttributesFit(byte[] raw, int at, int end) {
        while (at < end) {
            if (end - at < 2 || raw[at] == 0 || (raw[at + 1] & 0xFF) < 2 || at + (raw[at + 1] & 0xFF) > end) {
                return false;
            }
            at += raw[at + 1] & 0xFF;
        }
        return true;
    }

    /** The packet's octets, with its authenticator as it is (signing happens in {@link Authenticators}). */
    public static byte[] encode(RadiusPacket packet) {
        return encode(packet.code(), packet.identifier(), packet.authenticator(), packet.attributes());
    }

    public static byte[] encode(int code, int identifier, byte[] authenticator, List<RadiusAttribute> attributes) {
        int length = RadiusPacket.HEADER;
        for (RadiusAttribute attribute : attributes) {
            length += attribute.encodedLength();
        }
        if (length > RadiusPacket.MAX_LENGTH) {
            throw new IllegalArgumentException("packet of " + length + " octets exceeds 4096");
        }
        byte[] out = new byte[length];
        out[0] = (byte) code;
        out[1] = (byte) identifier;
        out[2] = (byte) (length >>> 8);
        out[3] = (byte) length;
        System.arraycopy(authenticator, 0, out, 4, 16);
        int at = RadiusPacket.HEADER;
        for (RadiusAttribute attribute : attributes) {
            at = write(attribute, out, at);
        }
        return out;
    }

    private static int write(RadiusAttribute attribute, byte[] out, int at) {
        byte[] value = attribute.value();
        out[at] = (byte) attribute.type();
        out[at + 1] = (byte) attribute.encodedLength();
        int valueAt = at + 2;
        if (attribute.vendorId() != 0) {
            int vendor = attribute.vendorId();
            out[at + 2] = (byte) (vendor >>> 24);
            out[at + 3] = (byte) (vendor >>> 16);
            out[at + 4] = (byte) (vendor >>> 8);
            out[at + 5] = (byte) vendor;
            valueAt = at + 6;
            if (attribute.vendorType() >= 0) {
                out[at + 6] = (byte) attribute.vendorType();
                out[at + 7] = (byte) (value.length + 2);
                valueAt = at + 8;
            }
        }
        System.arraycopy(value, 0, out, valueAt, value.length);
        return valueAt + value.length;
    }
}
