package org.hotspot.events.voucher;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a voucher may not go online. The wire form ({@code device-limit}) is what router-gateway maps
 * to a Reply-Message in the organization's language and what the portal shows.
 */
public enum RejectReason {
    UNKNOWN,
    EXPIRED,
    EXHAUSTED,
    REVOKED,
    DISABLED,
    DEVICE_LIMIT,
    MAC_MISMATCH,
    WRONG_SITE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RejectReason fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The reject reason a voucher in this state gets, or null for a usable state. */
    public static RejectReason of(VoucherState state) {
        return switch (state) {
            case UNUSED, ACTIVE -> null;
            case EXHAUSTED -> EXHAUSTED;
            case EXPIRED -> EXPIRED;
            case REVOKED -> REVOKED;
            case DISABLED -> DISABLED;
        };
    }
}
