package org.hotspot.portal.dashboard.routers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An org admin, in Chromium, adds a router (a mistake first, which keeps the form), edits it, sees
 * it listed, downloads its hotspot kit and deletes it after confirming; then the list and the form
 * at 360 and 1280 px in English and Arabic, under {@code target/screenshots/}.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class RoutersBrowserTest {

    @InjectAuthService
    AuthService auth;

    @TestHTTPResource("/")
    URI root;

    @Test
    void anOrgAdminAddsEditsDownloadsTheKitOfAndDeletesARouter() {
        String base = root.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        String address = Routers.newAddress();
        try (Browser browser = Browser.start("en")) {
            browser.resize(Routers.DESKTOP_WIDTH, Routers.DESKTOP_HEIGHT);
            Routers.openAs(browser, base, admin);
            browser.open(base + "/dashboard/routers");
            assertThat(browser.text("main")).contains("No routers yet.");
            browser.click("main a[href='/dashboard/routers/new']");

            // A mistake first: the form comes back with what was typed, the secret empty, the message beside it.
            browser.type("#name", "Cafe router");
            browser.type("#site", "Cafe");
            browser.type("#nasIp", "10.0.0");
            browser.type("#radiusSecret", "cafe-shared-secret");
            browser.click("form.router-form button[type=submit]");
            browser.await("#nasIp-error");
            assertThat(browser.text("#nasIp-error")).contains("IPv4");
            assertThat(browser.await("#name").getAttribute("value")).isEqualTo("Cafe router");
            assertThat(browser.await("#site").getAttribute("value")).isEqualTo("Cafe");
            assertThat(browser.await("#radiusSecret").getAttribute("value")).isEmpty();
            Routers.shoot(browser, "router-form-error", "en");

            browser.await("#nasIp").clear();
            browser.type("#nasIp", address);
            browser.type("#radiusSecret", "cafe-shared-secret");
            browser.click("form.router-form button[type=submit]");
            browser.awaitUrlContaining("done=created");
            assertThat(browser.text("#status")).contains("The router was added.");
            assertThat(browser.text("table.routers tbody")).contains("Cafe router").contains(address)
                    .contains("Not monitored yet");

            // Edit: a new name, the secret left empty (kept).
            browser.click("table.routers a[href$='/edit']");
            assertThat(browser.await("#radiusSecret-hint").getText()).contains("Leave this empty to keep it");
            browser.await("#name").clear();
            browser.type("#name", "Cafe router 2");
            browser.click("form.router-form button[type=submit]");
            browser.awaitUrlContaining("done=saved");
            assertThat(browser.text("table.routers tbody")).contains("Cafe router 2");

            // The kit, fetched by the page itself with its own session: the link's same-origin address.
            String kitHref = browser.await("table.routers a[href$='/hotspot-kit']").getAttribute("href");
            assertThat(URI.create(kitHref).getPath()).matches("/dashboard/routers/[0-9a-f-]{36}/hotspot-kit");
            @SuppressWarnings("unchecked")
            Map<String, Object> kit = (Map<String, Object>) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], {credentials: 'same-origin'}).then(async r => done({status: r.status,
                        type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength}));""",
                    kitHref);
            assertThat(((Number) kit.get("status")).intValue()).isEqualTo(200);
            assertThat((String) kit.get("type")).startsWith("application/zip");
            assertThat(((Number) kit.get("size")).longValue()).isGreaterThan(100);

            Routers.shoot(browser, "routers", "en");
            browser.click("table.routers a[href$='/edit']");
            browser.await("form.router-form");
            Routers.shoot(browser, "router-form", "en");
            String formPath = URI.create(browser.url()).getPath();
            browser.open(base + formPath + "?lang=ar");
            browser.await("form.router-form");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
            Routers.shoot(browser, "router-form", "ar");
            browser.open(base + "/dashboard/routers?lang=ar");
            browser.await("table.routers");
            Routers.shoot(browser, "routers", "ar");
            browser.open(base + "/dashboard/routers?lang=en");

            // Delete, confirmed on its own page.
            browser.click("table.routers a[href$='/delete']");
            assertThat(browser.text("main")).contains("Cafe router 2").contains(address);
            Routers.shoot(browser, "router-delete", "en");
            browser.click("main form button.button-danger");
            browser.awaitUrlContaining("done=deleted");
            assertThat(browser.text("#status")).contains("The router was deleted.");
            assertThat(browser.driver().findElements(By.cssSelector("table.routers"))).isEmpty();
        }
    }
}
