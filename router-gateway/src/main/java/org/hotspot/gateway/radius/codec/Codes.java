package org.hotspot.gateway.radius.codec;

/** RADIUS packet codes (RFC 2865 §3, RFC 2866 §3, RFC 5176 §3, RFC 5997). */
public final class Codes {

    public static final int ACCESS_REQUEST = 1;
    public static final int ACCESS_ACCEPT = 2;
    public static final int ACCESS_REJECT = 3;
    public static final int ACCOUNTING_REQUEST = 4;
    public static final int ACCOUNTING_RESPONSE = 5;
    public static final int ACCESS_CHALLENGE = 11;
    public static final int STATUS_SERVER = 12;
    public static final int DISCONNECT_REQUEST = 40;
    public static final int DISCONNECT_ACK = 41;
    public static final int DISCONNECT_NAK = 42;
    public static final int COA_REQUEST = 43;
    public static final int COA_ACK = 44;
    public static final int COA_NAK = 45;

    private Codes() {
    }

    /**
     * Whether the packet's Request Authenticator is an MD5 over the packet and the secret (RFC 2866
     * §3, RFC 5176 §2.3) rather than random bytes (Access-Request, Status-Server).
     */
    public static boolean hasSignedRequestAuthenticator(int code) {
        return code == ACCOUNTING_REQUEST || code == DISCONNECT_REQUEST || code == COA_REQUEST;
    }

    /** Whether this code answers a request (its authenticator is computed over the request's). */
    public static boolean isResponse(int code) {
        return switch (code) {
            case ACCESS_ACCEPT, ACCESS_REJECT, ACCOUNTING_RESPONSE, ACCESS_CHALLENGE, DISCONNECT_ACK, DISCONNECT_NAK,
                    COA_ACK, COA_NAK -> true;
            default -> false;
        };
    }
}
