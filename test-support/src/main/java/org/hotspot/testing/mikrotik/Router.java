package org.hotspot.testing.mikrotik;

/**
 * How the stand-in presents itself: where its web server listens and what it tells RADIUS.
 *
 * @param host       the loopback address its HTTP server binds ({@code 127.0.0.x})
 * @param nasIp      its NAS-IP-Address (what router-gateway registered as the router's nasIp)
 * @param identity   its {@code /system identity}: {@code $(identity)} and NAS-Identifier
 * @param serverName the hotspot server's name: {@code $(server-name)} and Called-Station-Id
 * @param chap       whether the profile allows {@code http-chap} (pages carry chap-id and
 *                   chap-challenge; a 32-hex-digit password is taken as a CHAP response), or only
 *                   {@code http-pap} (no chap-id; the password goes as User-Password)
 */
public record Router(String host, String nasIp, String identity, String serverName, boolean chap) {

    /** A CHAP router listening on {@code host}, sending from 127.0.0.1 as the tests' routers do. */
    public static Router at(String host, String identity) {
        return new Router(host, "127.0.0.1", identity, "hotspot1", true);
    }

    /** The same router with {@code login-by=http-pap} only. */
    public Router papOnly() {
        return new Router(host, nasIp, identity, serverName, false);
    }
}
