package org.hotspot.portal.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.hotspot.testing.browser.PageWeight;
import org.hotspot.testing.mikrotik.Login;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A phone on the hotspot, from the router's login page to online, in Chromium: the MikroTik
 * stand-in serves the kit router-gateway made for the router, portal-web takes the code, the
 * stand-in asks router-gateway over RADIUS (CHAP) and sends the phone on to the online page; a
 * reject comes back as the reason in the customer's language. Screenshots of the pages in every
 * language go to {@code target/screenshots/}.
 */
@QuarkusTest
@TestProfile(PortalAtItsTestPort.class)
@WithRouterGateway
class CaptivePortalBrowserTest {

    private static final Logger LOG = Logger.getLogger(CaptivePortalBrowserTest.class);
    private static final List<String> LANGUAGES = List.of("en", "ar", "fa", "ru", "fr");
    private static final int BUDGET_BYTES = 30 * 1024;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    @InjectKafka
    String kafka;

    @TestHTTPResource("/")
    URI portalRoot;

    private PortalHotspot hotspot;

    @BeforeEach
    void aHotspot() {
        String portal = portalRoot.toString().replaceAll("/$", "");
        hotspot = new PortalHotspot(auth, vouchers, gateway, kafka, portal, "en");
    }

    @AfterEach
    void closeTheRouter() {
        if (hotspot != null) {
            hotspot.close();
        }
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesReachesTheOnlinePageWithTheTimeAndDataLeft() {
        try (Browser phone = Browser.start("en")) {
            phone.open(hotspot.captiveUrl());
            phone.type("#code", typedCarelessly(hotspot.code(0))).click("#login");

            assertThat(phone.text("#time-left")).isNotBlank();
            assertThat(phone.text("#data-left")).isNotBlank();
            assertThat(phone.has("#online")).isTrue();
        }
        Login login = lastLogin();
        assertThat(login.accepted()).as(login.reply().transcript()).isTrue();
        assertThat(login.method()).isEqualTo("CHAP");
        assertThat(login.username()).isEqualTo(CodeLookup.normalize(hotspot.code(0)));
    }

    @Test
    void anExhaustedARevokedAndAnUnknownCodeEachShowTheirReasonInArabicAndInEnglish() {
        String exhausted = hotspot.exhausted(1);
        String revoked = hotspot.revoked(2);
        String unknown = "wxyz 2345 qr";
        for (String language : List.of("ar", "en")) {
            List<String> reasons = new ArrayList<>();
            try (Browser phone = Browser.start(language)) {
                for (String code : List.of(exhausted, revoked, unknown)) {
                    phone.open(hotspot.captiveUrl());
                    phone.await("#code");
                    phone.open(withLanguage(phone.url(), language));
                    phone.type("#code", code).click("#login");
                    String reason = phone.text("#reason");
                    if ("ar".equals(language)) {
                        assertThat(phone.htmlAttribute("dir")).isEqualTo("rtl");
                    } else {
                        assertThat(phone.htmlAttribute("dir")).isNotEqualTo("rtl");
                    }
                    assertThat(phone.htmlAttribute("lang")).startsWith(language);
                    if ("ar".equals(language)) {
                        assertThat(reason).as("in Arabic").containsPattern("\\p{IsArabic}{3}");
                    } else {
                        assertThat(reason).as("in English").containsPattern("[A-Za-z]{3}")
                                .doesNotContainPattern("\\p{IsArabic}");
                    }
                    phone.screenshot("reason-" + reasons.size() + "-" + language);
                    reasons.add(reason);
                }
            }
            LOG.infof("Reasons in %s: %s", language, reasons);
            assertThat(reasons).as("exhausted, revoked and unknown each have their own text").doesNotHaveDuplicates();
        }
        assertThat(hotspot.router().acceptedUserNames()).isEmpty();
    }

    @Test
    void theCardsQrCodeLogsInWithoutTyping() throws Exception {
        try (Browser phone = Browser.start("en")) {
            phone.open(hotspot.qrLink(3));

            assertThat(phone.text("#time-left")).isNotBlank();
            assertThat(phone.has("#code")).isFalse();
        }
        assertThat(hotspot.router().acceptedUserNames()).containsExactly(CodeLookup.normalize(hotspot.code(3)));
    }

    @Test
    void aLinkLoginOnlyPointingAtAnotherHostIsRefused() {
        String genuine = hotspot.router().url() + "/login";
        String forged = genuine.replace("127.0.0.1", "127.0.0.2");
        assertThat(given().baseUri(portalRoot.toString()).urlEncodingEnabled(false).redirects().follow(false)
                .when().get(routerEntry(genuine))
                .then().extract().statusCode()).as("the genuine router's link is taken").isEqualTo(200);

        assertThat(given().baseUri(portalRoot.toString()).urlEncodingEnabled(false).redirects().follow(false)
                .when().get(routerEntry(forged))
                .then().extract().statusCode()).isEqualTo(400);
        try (Browser phone = Browser.start("en")) {
            phone.open(portalRoot.resolve(routerEntry(forged)).toString());
            assertThat(phone.has("#code")).as("no code form posting to another host").isFalse();
            phone.screenshot("forged-link-login-only-en");
        }
    }

    @Test
    void theLoginPageWithEverythingItLoadsIsWithinThirtyKilobytesCompressed() {
        try (Browser phone = Browser.start("en")) {
            phone.open(hotspot.captiveUrl());
            phone.await("#code");
            PageWeight weight = phone.pageWeight();
            LOG.infof("Login page: %s", weight);
            System.out.println("Login page weight: " + weight);
            assertThat(weight.resources().keySet()).anySatisfy(url -> assertThat(url).contains("/portal"));
            assertThat(weight.encodedBytes()).isPositive().isLessThanOrEqualTo(BUDGET_BYTES);
        }
    }

    @Test
    void screenshotsOfTheLoginAndOnlinePagesInEveryLanguage() {
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            try (Browser phone = Browser.start(language)) {
                phone.open(hotspot.captiveUrl());
                phone.await("#code");
                phone.open(withLanguage(phone.url(), language));
                assertThat(phone.htmlAttribute("lang")).startsWith(language);
                phone.screenshot("login-" + language);
                if (List.of("en", "ar").contains(language)) {
                    // An operator checking the portal from a laptop sees it at desktop width.
                    phone.resize(1280, 800).screenshot("login-desktop-" + language);
                    phone.resize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
                }
                phone.type("#code", hotspot.code(4 + i)).click("#login");
                phone.await("#time-left");
                phone.screenshot("online-" + language);
                phone.open(hotspot.router().url() + "/logout");
            }
        }
        assertThat(hotspot.router().acceptedUserNames()).hasSize(LANGUAGES.size());
    }

    @Test
    void onA320PixelScreenWithoutJavaScriptAPapOnlyRouterStillLogsIn() {
        for (String language : List.of("en", "ar")) {
            try (Browser phone = Browser.start(language)) {
                phone.resize(320, 640).open(hotspot.captiveUrl());
                phone.await("#code");
                phone.open(withLanguage(phone.url(), language));
                Object overflow = phone.script("return document.documentElement.scrollWidth");
                assertThat(((Number) overflow).intValue()).as("the page's width at 320 px in %s", language)
                        .isLessThanOrEqualTo(320);
                phone.screenshot("login-320-" + language);
            }
        }
        hotspot.close();
        String portal = portalRoot.toString().replaceAll("/$", "");
        hotspot = new PortalHotspot(auth, vouchers, gateway, kafka, portal, "en", true);
        try (Browser phone = Browser.startWithoutJavaScript("en")) {
            phone.resize(320, 640).open(hotspot.captiveUrl());
            // The router's page cannot send itself on: its Continue button does.
            phone.click("button[type=submit]");
            phone.type("#code", typedCarelessly(hotspot.code(0))).click("#login");
            // Nor can the portal's: its #continue posts the login to the router.
            phone.click("#continue");

            assertThat(phone.text("#time-left")).isNotBlank();
            phone.screenshot("online-320-no-javascript-en");
        }
        Login login = lastLogin();
        assertThat(login.accepted()).as(login.reply().transcript()).isTrue();
        assertThat(login.method()).isEqualTo("PAP");
    }

    /** The router's entry to the portal as its login.html makes it, with {@code linkLoginOnly} as given. */
    private String routerEntry(String linkLoginOnly) {
        Map<String, String> fields = Map.of("router", hotspot.routerId(), "link-login-only", linkLoginOnly,
                "link-orig", "http://example.com/", "mac", hotspot.router().device().mac(),
                "ip", hotspot.router().device().ip(), "chap-id", "\\011",
                "chap-challenge", "\\371\\002\\003\\004\\005\\006\\007\\010\\011\\012\\013\\014\\015\\016\\017\\020",
                "error", "", "identity", "cafe");
        StringBuilder query = new StringBuilder("portal?");
        fields.forEach((name, value) -> query.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        return query.substring(0, query.length() - 1);
    }

    private static String withLanguage(String url, String language) {
        return url.replaceAll("([?&])lang=[^&]*&?", "$1") + (url.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /** The code as a customer types it: lower case, in groups of four with spaces. */
    private static String typedCarelessly(String code) {
        String bare = CodeLookup.normalize(code).toLowerCase(Locale.ROOT);
        return String.join(" ", bare.split("(?<=\\G.{4})"));
    }

    private Login lastLogin() {
        List<Login> logins = hotspot.router().logins();
        assertThat(logins).as("the router received a login").isNotEmpty();
        return logins.get(logins.size() - 1);
    }
}
