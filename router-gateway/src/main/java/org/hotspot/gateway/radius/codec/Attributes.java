package org.hotspot.gateway.radius.codec;

/**
 * Attribute types used here, as the RFCs and the vendors' dictionaries name them. Standard types are
 * plain numbers; vendor attributes (inside Vendor-Specific, type 26) are numbered within their vendor.
 */
public final class Attributes {

    // RFC 2865
    public static final int USER_NAME = 1;
    public static final int USER_PASSWORD = 2;
    public static final int CHAP_PASSWORD = 3;
    public static final int NAS_IP_ADDRESS = 4;
    public static final int NAS_PORT = 5;
    public static final int SERVICE_TYPE = 6;
    public static final int FRAMED_IP_ADDRESS = 8;
    public static final int REPLY_MESSAGE = 18;
    public static final int STATE = 24;
    public static final int CLASS = 25;
    public static final int VENDOR_SPECIFIC = 26;
    public static final int SESSION_TIMEOUT = 27;
    public static final int IDLE_TIMEOUT = 28;
    public static final int CALLED_STATION_ID = 30;
    public static final int CALLING_STATION_ID = 31;
    public static final int NAS_IDENTIFIER = 32;
    public static final int PROXY_STATE = 33;
    public static final int CHAP_CHALLENGE = 60;
    public static final int NAS_PORT_TYPE = 61;
    public static final int NAS_PORT_ID = 87;
    // RFC 2866
    public static final int ACCT_STATUS_TYPE = 40;
    public static final int ACCT_DELAY_TIME = 41;
    public static final int ACCT_INPUT_OCTETS = 42;
    public static final int ACCT_OUTPUT_OCTETS = 43;
    public static final int ACCT_SESSION_ID = 44;
    public static final int ACCT_AUTHENTIC = 45;
    public static final int ACCT_SESSION_TIME = 46;
    public static final int ACCT_INPUT_PACKETS = 47;
    public static final int ACCT_OUTPUT_PACKETS = 48;
    public static final int ACCT_TERMINATE_CAUSE = 49;
    public static final int ACCT_MULTI_SESSION_ID = 50;
    // RFC 2869
    public static final int ACCT_INPUT_GIGAWORDS = 52;
    public static final int ACCT_OUTPUT_GIGAWORDS = 53;
    public static final int EVENT_TIMESTAMP = 55;
    public static final int MESSAGE_AUTHENTICATOR = 80;
    public static final int ACCT_INTERIM_INTERVAL = 85;
    // RFC 5176
    public static final int ERROR_CAUSE = 101;

    /** MikroTik's SMI private enterprise number and its attributes (RouterOS dictionary). */
    public static final int VENDOR_MIKROTIK = 14988;
    public static final int MIKROTIK_RECV_LIMIT = 1;
    public static final int MIKROTIK_XMIT_LIMIT = 2;
    public static final int MIKROTIK_GROUP = 3;
    public static final int MIKROTIK_RATE_LIMIT = 8;
    public static final int MIKROTIK_RECV_LIMIT_GIGAWORDS = 14;
    public static final int MIKROTIK_XMIT_LIMIT_GIGAWORDS = 15;
    public static final int MIKROTIK_TOTAL_LIMIT = 17;
    public static final int MIKROTIK_TOTAL_LIMIT_GIGAWORDS = 18;

    /** The Wi-Fi Alliance's WISPr attributes. */
    public static final int VENDOR_WISPR = 14122;
    public static final int WISPR_BANDWIDTH_MAX_UP = 7;
    public static final int WISPR_BANDWIDTH_MAX_DOWN = 8;
    public static final int WISPR_SESSION_TERMINATE_TIME = 9;

    private Attributes() {
    }
}
