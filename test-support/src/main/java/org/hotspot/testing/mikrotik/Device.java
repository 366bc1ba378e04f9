package org.hotspot.testing.mikrotik;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one client device a stand-in serves, as the router knows it.
 *
 * @param mac its MAC address, {@code AA:BB:CC:DD:EE:FF} as RouterOS writes it
 * @param ip  the address the hotspot's DHCP gave it
 */
public record Device(String mac, String ip) {

    /** A device with a random locally administered MAC and an address in RouterOS's default hotspot pool. */
    public static Device random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder mac = new StringBuilder("02");
        for (int i = 0; i < 5; i++) {
            mac.append(String.format(Locale.ROOT, ":%02X", random.nextInt(256)));
        }
        return new Device(mac.toString(), "10.5.50." + random.nextInt(2, 254));
    }
}
