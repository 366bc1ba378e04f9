package org.hotspot.gateway.radius.codec;

import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

/**
 * The packets of RFC 2865 §7, as the RFC prints them. The RFC does not print the shared secret;
 * "xyzzy5461" is the one its authenticators were made with (the §7.1 User-Password reveals to
 * "arctangent" and the Access-Accept verifies with it).
 */
final class Rfc2865Examples {

    static final byte[] SECRET = utf8("xyzzy5461");

    /** §7.1: the NAS at 192.168.1.16 asks for "nemo" on port 3 with password "arctangent". */
    static final byte[] PAP_ACCESS_REQUEST = hex("""
            01 00 00 38 0f 40 3f 94 73 97 80 57 bd 83 d5 cb
            98 f4 22 7a 01 06 6e 65 6d 6f 02 12 0d be 70 8d
            93 d4 13 ce 31 96 e4 3f 78 2a 0a ee 04 06 c0 a8
            01 10 05 06 00 00 00 03""");

    /** §7.1: the answer, telnet to 192.168.1.3. */
    static final byte[] PAP_ACCESS_ACCEPT = hex("""
            02 00 00 26 86 fe 22 0e 76 24 ba 2a 10 05 f6 bf
            9b 55 e0 b2 06 06 00 00 00 01 0f 06 00 00 00 00
            0e 06 c0 a8 01 03""");

    /**
     * §7.2: "flopsy" on port 20 with CHAP, no CHAP-Challenge (the Request Authenticator is the
     * challenge). The RFC does not say the password; the CHAP-Password is MD5 over CHAP identifier
     * 0x16, "arctangent" and the Request Authenticator. Its Access-Accept does not verify with
     * "xyzzy5461", so only the request is used here.
     */
    static final byte[] CHAP_ACCESS_REQUEST = hex("""
            01 01 00 47 2a ee 86 f0 8d 0d 55 96 9c a5 97 8e
            0d 33 67 a2 01 08 66 6c 6f 70 73 79 03 13 16 e9
            75 57 c3 16 18 58 95 f2 93 ff 63 44 07 72 75 04
            06 c0 a8 01 10 05 06 00 00 00 14 06 06 00 00 00
            02 07 06 00 00 00 01""");

    private Rfc2865Examples() {
    }
}
