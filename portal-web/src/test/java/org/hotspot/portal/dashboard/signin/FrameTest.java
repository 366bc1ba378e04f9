package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The frame every dashboard page sits in, for the operator signed in: the sections their role sees
 * with the current one marked, who they are, sign-out, the skip link, the live region, the language
 * links, and the page's language and direction; the overview's figures from the real services.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class FrameTest {

    @InjectAuthService
    AuthService auth;

    @Test
    void aViewersFrameInArabicReadsRightToLeftAndNamesTheViewer() {
        DashboardUsers users = DashboardUsers.organization(auth, "ar");
        DashboardUsers.User viewer = users.user("VIEWER");
        Session session = DashboardBrowser.signIn(viewer);

        Document overview = session.page("/dashboard");

        assertThat(overview.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(overview.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element skip = overview.selectFirst("body > a.skip-link");
        assertThat(skip.attr("href")).isEqualTo("#main");
        assertThat(overview.selectFirst("main#main")).isNotNull();
        assertThat(overview.selectFirst("[role=status][aria-live=polite]")).isNotNull();
        assertThat(overview.selectFirst(".operator").text()).contains("\u2068" + viewer.username() + "\u2069")
                .contains("مطّلع");
        List<String> sections = overview.select("nav.sections a").eachAttr("href");
        assertThat(sections).containsExactly("/dashboard", "/dashboard/plans", "/dashboard/batches",
                "/dashboard/vouchers", "/dashboard/sessions", "/dashboard/routers", "/dashboard/reports",
                "/dashboard/sales", "/dashboard/audit");
        assertThat(overview.select(".who a.account-link").eachAttr("href")).containsExactly("/dashboard/account");
        assertThat(overview.select("nav.sections a[aria-current=page]").eachAttr("href"))
                .containsExactly("/dashboard");
        assertThat(overview.selectFirst("form.sign-out input[name=_csrf]").val()).isEqualTo(session.csrf());
        assertThat(overview.select("footer a[hreflang]").eachAttr("hreflang")).containsExactly("en", "ar", "fa",
                "ru", "fr");
        // The plans figure from voucher-service, in Arabic digits or not, is a number; routers likewise.
        assertThat(overview.selectFirst("#figure-plans dd").text()).isNotBlank();
        DashboardBrowser.assertSelfContained(overview);

        Document english = session.page("/dashboard/account?lang=en");
        assertThat(english.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(english.select(".who a.account-link[aria-current=page]").text()).isEqualTo("Account");
    }

    @Test
    void aResellerSeesNoSessionsSection() {
        Session session = DashboardBrowser.signIn(DashboardUsers.organization(auth, "en").user("RESELLER"));

        Document overview = session.page("/dashboard");

        assertThat(overview.select("nav.sections a").eachAttr("href")).doesNotContain("/dashboard/sessions",
                "/dashboard/routers", "/dashboard/audit", "/dashboard/people", "/dashboard/settings");
        assertThat(overview.selectFirst("#figure-online")).isNull();
    }
}
