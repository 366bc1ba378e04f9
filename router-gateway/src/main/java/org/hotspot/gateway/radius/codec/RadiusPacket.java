package org.hotspot.gateway.radius.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A RADIUS packet: code, identifier, the 16-octet authenticator and the attributes in wire order.
 * A decoded packet also keeps the octets it came from ({@link #raw()}), because authenticators are
 * checked over exactly those octets.
 */
public final class RadiusPacket {

    public static final int HEADER = 20;
    /** RFC 2865 §3: the largest packet. */
    public static final int MAX_LENGTH = 4096;

    private final int code;
    private final int identifier;
    private final byte[] authenticator;
    private final List<RadiusAttribute> attributes;
    private final byte[] raw;

    public RadiusPacket(int code, int identifier, byte[] authenticator, List<RadiusAttribute> attributes) {
        this(code, identifier, authenticator, attributes, null);
    }

    RadiusPacket(int code, int identifier, byte[] authenticator, List<RadiusAttribute> attributes, byte[] raw) {
        if (code < 1 || code > 255 || identifier < 0 || identifier > 255) {
            throw new IllegalArgumentException("code " + code + " or identifier " + identifier + " out of range");
        }
        if (authenticator.length != 16) {
            throw new IllegalArgumentException("the authenticator is 16 octets, not " + authenticator.length);
        }
        this.code = code;
        this.identifier = identifier;
        this.authenticator = authenticator.clone();
        this.attributes = List.copyOf(attributes);
        this.raw = raw;
    }

    public int code() {
        return code;
    }

    public int identifier() {
        return identifier;
    }

    public byte[] authenticator() {
        return authenticator.clone();
    }

    public List<RadiusAttribute> attributes() {
        return attributes;
    }

    /** The octets this packet was decoded from (trimmed to its Length field); null for a packet built here. */
    public byte[] raw() {
        return raw == null ? null : raw.clone();
    }

    byte[] rawUnsafe() {
        return raw;
    }

    /** The first standard attribute of this type; null when absent. */
    public RadiusAttribute first(int type) {
        for (RadiusAttribute attribute : attributes) {
            if (attribute.is(type)) {
                return attribute;
            }
        }
        return null;
    }

    /** The first vendor attribute of this vendor and type; null when absent. */
    public RadiusAttribute first(int vendorId, int vendorType) {
        for (RadiusAttribute attribute : attributes) {
            if (attribute.is(vendorId, vendorType)) {
                return attribute;
            }
        }
        return null;
    }

    /** Every standard attribute of this type, in order. */
    public List<RadiusAttribute> all(int type) {
        List<RadiusAttribute> found = new ArrayList<>(2);
        for (RadiusAttribute attribute : attributes) {
            if (attribute.is(type)) {
                found.add(attribute);
            }
        }
        return found;
    }

    /** The first attribute of this type as text; null when absent. */
    public String text(int type) {
        RadiusAttribute attribute = first(type);
        return attribute == null ? null : attribute.asText();
    }

    /** The first attribute of this type as an unsigned 32-bit integer; -1 when absent or not 4 octets. */
    public long integer(int type) {
        RadiusAttribute attribute = first(type);
        return attribute == null ? -1 : attribute.asInteger();
    }

    public boolean has(int type) {
        return first(type) != null;
    }

    @Override
    public String toString() {
        return "RadiusPacket{code=" + code + ", id=" + identifier + ", authenticator="
                + HexFormat.of().formatHex(authenticator) + ", attributes=" + attributes + "}";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RadiusPacket that && code == that.code && identifier == that.identifier
                && Arrays.equals(authenticator, that.authenticator) && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * code + identifier) + attributes.hashCode();
    }
}
