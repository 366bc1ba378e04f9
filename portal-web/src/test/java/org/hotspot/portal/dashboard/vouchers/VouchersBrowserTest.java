package org.hotspot.portal.dashboard.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.WithSessionService;
import org.hotspot.testing.browser.Browser;
import org.hotspot.testing.radius.NasRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vouchers and sessions pages in Chromium against the real services, in English and Arabic:
 * an organization admin finds a voucher by its code and revokes it after confirming; an operator
 * disconnects a live session (radclient's router, through router-gateway) and the router gets the
 * Disconnect-Request. Screenshots at 360 and 1280 px go to {@code target/screenshots/dashboard-*}.
 */
@QuarkusTest
@WithSessionService
@TestProfile(RealBackends.class)
class VouchersBrowserTest extends AgainstTheSuite {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void anAdminFindsAVoucherByItsCodeAndRevokesIt(String language) {
        DashboardUsers users = DashboardUsers.organization(auth, language);
        User admin = users.user("ORG_ADMIN");
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String batch = batch(token, 3);
        String code = vouchers.codes(token, batch).get(1);

        try (Browser browser = Browser.start(language)) {
            DashboardBrowser.Session session = signIn(browser, admin);
            browser.open(baseUrl() + "/dashboard/vouchers?batch=" + batch);
            browser.await("table.table-reflow");
            assertThat(browser.htmlAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            shoot(browser, "vouchers", language);

            browser.type("#code", code.toLowerCase(Locale.ROOT));
            submitTyped(browser, session, code.toLowerCase(Locale.ROOT));
            browser.await("dl.facts");
            assertThat(browser.url()).matches(".*/dashboard/vouchers/[0-9a-f-]{36}");
            assertThat(browser.url()).doesNotContain(code);
            shoot(browser, "voucher", language);

            browser.click("a[href$='?confirm=revoke']");
            browser.await(".confirm form button");
            shoot(browser, "voucher-confirm", language);
            assertThat(vouchers.voucher(token, code).get("state")).as("nothing done before the confirmation")
                    .isEqualTo("UNUSED");
            submit(browser, session, ".confirm form");

            browser.awaitUrlContaining("done=revoke");
            assertThat(browser.text("#status")).isNotBlank();
            assertThat(browser.has("a[href$='?confirm=revoke']")).as("no revoke offered for a revoked voucher")
                    .isFalse();
            assertThat(vouchers.voucher(token, code).get("state")).isEqualTo("REVOKED");
            shoot(browser, "voucher-revoked", language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void anOperatorDisconnectsALiveSessionAndTheRouterIsAsked(String language) {
        DashboardUsers users = DashboardUsers.organization(auth, language);
        User operator = users.user("OPERATOR");
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String code = vouchers.codes(token, batch(token, 1)).get(0);

        try (LiveSession live = new LiveSession(gateway, token, code); Browser browser = Browser.start(language)) {
            sessions.awaitOpen(token, live.sessionId());
            DashboardBrowser.Session session = signIn(browser, operator);
            browser.open(baseUrl() + "/dashboard/sessions");
            browser.await("table.sessions");
            assertThat(browser.text("table.sessions")).contains(LiveSession.MAC);
            shoot(browser, "sessions", language);

            browser.click("table.sessions a.button-danger");
            browser.await(".confirm form button");
            shoot(browser, "sessions-confirm", language);
            assertThat(live.nas().requests()).as("nothing sent before the confirmation").isEmpty();
            submit(browser, session, ".confirm form");

            browser.awaitUrlContaining("done=sent");
            assertThat(browser.text("#status")).isNotBlank();
            List<NasRequest> received = live.nas().awaitRequests(1, Duration.ofSeconds(30));
            assertThat(received).singleElement().satisfies(request -> {
                assertThat(request.code()).isEqualTo(NasRequest.DISCONNECT_REQUEST);
                assertThat(request.acctSessionId()).isEqualTo(live.acctSessionId());
            });
            shoot(browser, "sessions-sent", language);
        }
    }

    /** The find form with the code as typed into it (its field is not hidden, so it goes by hand). */
    private void submitTyped(Browser browser, DashboardBrowser.Session session, String typed) {
        Response answer = session.form().formParam("code", typed).when().post("/dashboard/vouchers/find");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(303);
        browser.open(baseUrl() + answer.header("Location").replaceFirst("^https?://[^/]+", ""));
    }
}
