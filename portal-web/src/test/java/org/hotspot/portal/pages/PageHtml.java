package org.hotspot.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page as a browser would read it, and what every portal page must hold to. */
final class PageHtml {

    private PageHtml() {
    }

    static Document parse(Response response) {
        return Jsoup.parse(response.asString(), "http://portal.test:8080/");
    }

    /**
     * Nothing the CSP would block or that would reach a third party: no inline script or style, no
     * event handler attribute, no script or stylesheet or image from anywhere but the portal.
     */
    static void assertSelfContained(Document page) {
        for (Element script : page.select("script")) {
            assertThat(script.data()).as("inline script").isBlank();
            assertThat(script.attr("src")).as("script source").startsWith("/portal/assets/");
        }
        assertThat(page.select("style")).as("style elements").isEmpty();
        assertThat(page.select("[style]")).as("style attributes").isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as("event handler attribute")
                    .doesNotStartWith("on"));
        }
        for (Element linked : page.select("link[href], img[src], script[src]")) {
            String url = linked.hasAttr("href") ? linked.attr("href") : linked.attr("src");
            assertThat(url).as("a resource the page loads").startsWith("/portal/");
        }
        for (Element anchor : page.select("a[href]")) {
            assertThat(anchor.attr("href")).as("a link").startsWith("/portal");
        }
    }
}
