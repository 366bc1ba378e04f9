package org.hotspot.voucher;

/** A profile is sold while {@code ACTIVE}; a {@code RETIRED} one only serves vouchers already made. */
public enum ProfileState {
    ACTIVE,
    RETIRED
}
