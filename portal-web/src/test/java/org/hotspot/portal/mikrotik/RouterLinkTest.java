package org.hotspot.portal.mikrotik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterLinkTest {

    @ParameterizedTest(name = "{0} for {1} / {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "http://hotspot.lan/login|hotspot.lan|10.0.0.1|true",
            "https://HOTSPOT.lan/login|hotspot.lan|10.0.0.1|true",
            "http://10.0.0.1/login|hotspot.lan|10.0.0.1|true",
            "http://127.0.0.5:8181/login|127.0.0.5:8181|NONE|true",
            "http://10.0.0.1/login|NONE|10.0.0.1|true",
            // Another host, another port, a look-alike.
            "http://evil.example/login|hotspot.lan|10.0.0.1|false",
            "http://hotspot.lan:8080/login|hotspot.lan|10.0.0.1|false",
            "http://127.0.0.5:8182/login|127.0.0.5:8181|NONE|false",
            "http://hotspot.lan.evil.example/login|hotspot.lan|10.0.0.1|false",
            "http://hotspot.lan@evil.example/login|hotspot.lan|10.0.0.1|false",
            "http://user@hotspot.lan/login|hotspot.lan|10.0.0.1|false",
            // Only http and https.
            "javascript:alert(1)//hotspot.lan|hotspot.lan|10.0.0.1|false",
            "ftp://hotspot.lan/login|hotspot.lan|10.0.0.1|false",
            "//hotspot.lan/login|hotspot.lan|10.0.0.1|false",
            "/login|hotspot.lan|10.0.0.1|false",
            "http://hot spot.lan/|hotspot.lan|10.0.0.1|false",
            "NONE|hotspot.lan|10.0.0.1|false",
            "http://hotspot.lan/login|NONE|NONE|false",
    })
    void acceptsOnlyTheRouter(String link, String dnsName, String nasIp, boolean accepted) {
        assertThat(RouterLink.pointsAt(link, dnsName, nasIp)).isEqualTo(accepted);
    }
}
