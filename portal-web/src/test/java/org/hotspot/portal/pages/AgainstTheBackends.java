package org.hotspot.portal.pages;

import io.restassured.response.Response;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.jsoup.nodes.Document;

/**
 * What the page tests against the real backends share (each is {@code @WithRouterGateway} with the
 * {@link RealBackends} profile): the backends as their test resources give them, and a page read
 * as a browser would.
 */
abstract class AgainstTheBackends {

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    /** The page, checked to load nothing the CSP would block and nothing from elsewhere. */
    static Document page(Response response) {
        Document page = PageHtml.parse(response);
        PageHtml.assertSelfContained(page);
        return page;
    }
}
