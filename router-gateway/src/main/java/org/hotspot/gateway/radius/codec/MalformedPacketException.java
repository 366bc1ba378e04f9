package org.hotspot.gateway.radius.codec;

/**
 * A datagram that is not a well-formed RADIUS packet. {@link #cause()} is a short stable name for
 * the drop counter ({@code too-short}, {@code bad-length}, {@code bad-attribute}); the message says
 * more for the log.
 */
public final class MalformedPacketException extends Exception {

    private final String cause;

    public MalformedPacketException(String cause, String message) {
        super(message, null, false, false);
        this.cause = cause;
    }

    /** The kind of defect, for metrics. */
    public String cause() {
        return cause;
    }
}
