package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotspot.portal.dashboard.web.NextPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After signing in, the browser goes back to the dashboard page it asked for, and never anywhere else. */
class NextPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/dashboard/plans", "/dashboard/vouchers?state=ACTIVE&page=2",
            "/dashboard/batches/b-42"})
    void aDashboardPageOfThisSiteIsKept(String next) {
        assertThat(NextPage.checked(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/dashboard", "//evil.example/dashboard", "/\\evil.example",
            "/dashboard//evil.example", "/dashboard/../portal", "/portal/status", "/dashboardx",
            "/dashboard/sign-in?next=/dashboard", "/dashboard/sign-out", "javascript:alert(1)", "",
            "/dashboard/plans#x", "/dashboard/plans\r\nSet-Cookie: a=b", "/dashboard/%zz", "/dashboard/plans?q={x}",
            "/dashboard/plans?a=<b>"})
    void anythingElseGoesToTheOverview(String next) {
        assertThat(NextPage.checked(next)).isEqualTo("/dashboard");
    }
}
