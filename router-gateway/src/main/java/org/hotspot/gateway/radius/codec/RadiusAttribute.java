package org.hotspot.gateway.radius.codec;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One attribute. A standard one has {@code vendorId} 0; a vendor attribute carried in a
 * Vendor-Specific attribute has the vendor's number and its own type. A Vendor-Specific attribute
 * whose content does not follow the usual type-length-value layout is kept whole, with
 * {@code vendorType} -1, so nothing a router sends is lost.
 *
 * @param value the value octets, never longer than 253 (247 inside a Vendor-Specific attribute)
 */
public record RadiusAttribute(int type, int vendorId, int vendorType, byte[] value) {

    /** The most octets a standard attribute's value can hold (length is one octet, including type and length). */
    public static final int MAX_VALUE = 253;
    /** The most a vendor attribute's value can hold: 6 octets go to the vendor id and sub-header. */
    public static final int MAX_VENDOR_VALUE = 247;

    public RadiusAttribute {
        if (type < 1 || type > 255) {
            throw new IllegalArgumentException("attribute type " + type + " is outside 1..255");
        }
        if (vendorId != 0 && type != Attributes.VENDOR_SPECIFIC) {
            throw new IllegalArgumentException("a vendor attribute must be of type Vendor-Specific (26)");
        }
        int max = vendorId == 0 ? MAX_VALUE : vendorType < 0 ? MAX_VALUE - 4 : MAX_VENDOR_VALUE;
        if (value.length > max) {
            throw new IllegalArgumentException("attribute " + type + "/" + vendorId + "/" + vendorType + " value of "
                    + value.length + " octets is longer than " + max);
        }
    }

    public static RadiusAttribute of(int type, byte[] value) {
        return new RadiusAttribute(type, 0, 0, value);
    }

    public static RadiusAttribute text(int type, String value) {
        return of(type, value.getBytes(UTF_8));
    }

    /** A 32-bit unsigned integer, from the low 32 bits of {@code value}. */
    public static RadiusAttribute integer(int type, long value) {
        return of(type, int32(value));
    }

    public static RadiusAttribute vendor(int vendorId, int vendorType, byte[] value) {
        if (vendorId <= 0 || vendorType < 1 || vendorType > 255) {
            throw new IllegalArgumentException("vendor " + vendorId + " attribute " + vendorType);
        }
        return new RadiusAttribute(Attributes.VENDOR_SPECIFIC, vendorId, vendorType, value);
    }

    public static RadiusAttribute vendorText(int vendorId, int vendorType, String value) {
        return vendor(vendorId, vendorType, value.getBytes(UTF_8));
    }

    public static RadiusAttribute vendorInteger(int vendorId, int vendorType, long value) {
        return vendor(vendorId, vendorType, int32(value));
    }

    public boolean is(int type) {
        return this.type == type && vendorId == 0;
    }

    public boolean is(int vendorId, int vendorType) {
        return this.vendorId == vendorId && this.vendorType == vendorType;
    }

    public String asText() {
        return new String(value, UTF_8);
    }

    /** The value as a 32-bit unsigned integer; -1 when it is not 4 octets long. */
    public long asInteger() {
        if (value.length != 4) {
            return -1;
        }
        return (value[0] & 0xFFL) << 24 | (value[1] & 0xFFL) << 16 | (value[2] & 0xFFL) << 8 | (value[3] & 0xFFL);
    }

    /** The value as an IPv4 address in dotted form; null when it is not 4 octets long. */
    public String asAddress() {
        if (value.length != 4) {
            return null;
        }
        try {
            return InetAddress.getByAddress(value).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 octets are always an address", e);
        }
    }

    /** The number of octets this attribute takes on the wire. */
    int encodedLength() {
        if (vendorId == 0) {
            return 2 + value.length;
        }
        return vendorType < 0 ? 6 + value.length : 8 + value.length;
    }

    private static byte[] int32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RadiusAttribute that && type == that.type && vendorId == that.vendorId
                && vendorType == that.vendorType && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * type + vendorId) + vendorType) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        String name = vendorId == 0 ? Integer.toString(type) : vendorId + "/" + vendorType;
        return name + "=0x" + HexFormat.of().formatHex(value);
    }
}
