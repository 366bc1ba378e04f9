package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the suite listens and where QR codes point, from the environment; loopback addresses only. */
class ListenTest {

    @Test
    void loopbackByDefault() {
        Settings settings = settings(Map.of());
        Listen listen = Listen.from(settings);

        assertThat(listen.bindHost()).isEqualTo("127.0.0.1");
        assertThat(listen.loopbackOnly()).isTrue();
        assertThat(Service.named("portal-web").bindHost(listen)).isEqualTo("127.0.0.1");
        assertThat(PublicUrl.resolve(settings, listen, 8080).portal()).isEqualTo("http://127.0.0.1:8080/portal");
    }

    @Test
    void onlyThePortalFollowsTheListenAddress() {
        Listen listen = Listen.from(settings(Map.of("HOTSPOT_LISTEN", "0.0.0.0")));

        assertThat(listen.all()).isTrue();
        for (Service service : Service.ALL) {
            assertThat(service.bindHost(listen)).as(service.name())
                    .isEqualTo(service.name().equals("portal-web") ? "0.0.0.0" : "127.0.0.1");
        }
        assertThat(Service.named("portal-web").url(settings(Map.of()), listen)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void qrCodesOpenTheOneListenAddressOrTheExplicitUrl() {
        Settings one = settings(Map.of("HOTSPOT_LISTEN", "127.0.0.2"));
        assertThat(PublicUrl.resolve(one, Listen.from(one), 9080).portal()).isEqualTo("http://127.0.0.2:9080/portal");

        Settings explicit =
                settings(Map.of("HOTSPOT_LISTEN", "0.0.0.0", "HOTSPOT_PUBLIC_URL", "https://wifi.example/"));
        PublicUrl url = PublicUrl.resolve(explicit, Listen.from(explicit), 8080);
        assertThat(url.portal()).isEqualTo("https://wifi.example/portal");
        assertThat(url.explicit()).isTrue();
    }

    @Test
    void refusesWhatIsNotALiteralAddressWithoutLookingItUp() {
        for (String value : new String[] {"lan", "300.1.1.1", "localhost", "1.2.3", "http://10.0.0.1"}) {
            assertThatThrownBy(() -> Listen.from(settings(Map.of("HOTSPOT_LISTEN", value))))
                    .as(value)
                    .isInstanceOfSatisfying(LauncherException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                    .hasMessageContaining("HOTSPOT_LISTEN must be an IP address");
        }
    }

    @Test
    void refusesAPublicUrlPhonesCannotOpen() {
        for (String value : new String[] {"wifi.example:8080", "ftp://wifi.example", "http://wifi.example/?x=1"}) {
            Settings settings = settings(Map.of("HOTSPOT_PUBLIC_URL", value));
            assertThatThrownBy(() -> PublicUrl.resolve(settings, Listen.from(settings), 8080))
                    .as(value)
                    .isInstanceOfSatisfying(LauncherException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
        }
    }

    private static Settings settings(Map<String, String> env) {
        return Settings.fromEnvironment(env);
    }
}
