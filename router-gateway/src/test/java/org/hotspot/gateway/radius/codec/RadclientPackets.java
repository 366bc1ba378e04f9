package org.hotspot.gateway.radius.codec;

import static org.hotspot.gateway.radius.codec.Octets.hex;
import static org.hotspot.gateway.radius.codec.Octets.utf8;

/**
 * Requests made by FreeRADIUS 3.2.1's radclient, an implementation independent of ours, captured
 * off a UDP socket. Each was made with
 * {@code echo '<attributes>' | radclient -x -r 1 127.0.0.1:<port> <auth|acct|disconnect|coa> s3cr3t-nas-7};
 * the attributes are listed on each constant. radclient adds the Message-Authenticator when the
 * input has {@code Message-Authenticator = 0x00}, computes CHAP-Password from the clear text, and
 * signs Accounting-, Disconnect- and CoA-Requests.
 */
final class RadclientPackets {

    static final byte[] SECRET = utf8("s3cr3t-nas-7");
    static final String USER = "voucher-7KQ2MX";
    static final String PASSWORD = "h4ppy-hour";

    /**
     * User-Name, User-Password = "h4ppy-hour", NAS-IP-Address = 10.20.0.1, NAS-Identifier =
     * "hap-ac2-lobby", Calling-Station-Id = "AA:BB:CC:00:11:22", Message-Authenticator.
     */
    static final byte[] PAP = hex("""
            01b300708f02d473671982c2613b8f430edbec780110766f75636865722d374b51324d580212fab9b02cf56f830d
            1b664553217fa67c04060a140001200f6861702d6163322d6c6f6262791f1341413a42423a43433a30303a3131
            3a3232501243be47249271a2cae3bb3670fa02292f""");

    /** User-Name, User-Password = "h4ppy-hour-at-the-lobby" (two blocks), NAS-IP-Address, Message-Authenticator. */
    static final byte[] PAP_TWO_BLOCKS = hex("""
            018b005e04347ec884b4455de958d9f6bb081ee90110766f75636865722d374b51324d58022290c751ee893d85
            85dacdadd46dbc1d339604eea16bda12b5562ba7dcf49849ef04060a14000150122c8c9105c94d7047dd0feca9
            26a74120""");

    /**
     * User-Name, CHAP-Password from "h4ppy-hour" over the Request Authenticator, NAS-IP-Address,
     * Message-Authenticator.
     */
    static final byte[] CHAP = hex("""
            01ab004f0392e9cb9ed4277dcf5c713aa47eccc60110766f75636865722d374b51324d580313f6d490e39d0c6b
            efbc5d975f55ddbe875804060a1400015012784c11eafa7bcce8094fa22b68f31f8b""");

    /**
     * User-Name, CHAP-Password from "h4ppy-hour" over CHAP-Challenge =
     * 0x6d2f7c1e9a4b3c5d00112233445566778899, NAS-IP-Address, Message-Authenticator.
     */
    static final byte[] CHAP_WITH_CHALLENGE = hex("""
            01ac006393e05cb59b9e8b7346bd7ffa254b48d60110766f75636865722d374b51324d5803133b714f1858af66
            ff3f8f73fa17e130bcff3c146d2f7c1e9a4b3c5d0011223344556677889904060a140001501247c9f46aa6cf68
            6159568a531c391482""");

    /**
     * Acct-Status-Type = Stop, User-Name, Acct-Session-Id = "81a00003", NAS-IP-Address,
     * Acct-Input-Octets = 705032704, Acct-Input-Gigawords = 1, Acct-Output-Octets = 4294967295,
     * Acct-Output-Gigawords = 2, Acct-Session-Time = 3600, Mikrotik-Rate-Limit = "2M/4M",
     * WISPr-Bandwidth-Max-Down = 4000000.
     */
    static final byte[] ACCOUNTING_STOP = hex("""
            041f00710f8afd447021b1d0866e6507749a8f4b2806000000020110766f75636865722d374b51324d582c0a38
            3161303030303304060a1400012a062a05f2003406000000012b06ffffffff3506000000022e0600000e101a0d
            00003a8c0807324d2f344d1a0c0000372a0806003d0900""");

    /** User-Name, Acct-Session-Id = "81a00003", NAS-IP-Address, Message-Authenticator. */
    static final byte[] DISCONNECT = hex("""
            28d80046ef45fa2e6d7dbdfdca193db7a3c2c5730110766f75636865722d374b51324d582c0a38316130303030
            3304060a1400015012dfd4a5bd8e015757f5953a5355989b6d""");

    /**
     * User-Name, Acct-Session-Id = "81a00003", Mikrotik-Rate-Limit = "1M/2M", Mikrotik-Total-Limit =
     * 705032704, Mikrotik-Total-Limit-Gigawords = 1, Message-Authenticator.
     */
    static final byte[] COA = hex("""
            2b590065fe74fe0ac8090ef00b781d8f17dd240d0110766f75636865722d374b51324d582c0a38316130303030
            331a0d00003a8c0807314d2f324d1a0c00003a8c11062a05f2001a0c00003a8c1206000000015012d522a23bd5
            93046b4daa6db9b913d2b5""");

    private RadclientPackets() {
    }
}
