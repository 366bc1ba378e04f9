package org.hotspot.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The defaults every service shares, read as Quarkus reads them. */
class SharedConfigTest {

    @Test
    void trustedProxiesAreCidrsSoNoRequestWaitsForDns() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        String proxies = defaults.getProperty("quarkus.http.proxy.trusted-proxies");
        // Quarkus takes an entry that is not a CIDR (or "localhost") for host[:port] and resolves the
        // host on each forwarded request; "::1" became the host ":" and a DNS query per request.
        assertThat(Arrays.stream(proxies.split(",")).map(String::trim))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry).matches("[0-9.]+/\\d+|[0-9a-fA-F:]+/\\d+"));
    }
}
