package org.hotspot.voucher;

/** A batch is {@code GENERATING} until all its vouchers are stored ({@code READY}) or it gave up ({@code FAILED}). */
public enum BatchState {
    GENERATING,
    READY,
    FAILED
}
