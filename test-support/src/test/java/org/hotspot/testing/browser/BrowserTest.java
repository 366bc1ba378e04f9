package org.hotspot.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Debian's Chromium through chromedriver, on a page served here: it asks in the language it was
 * given, has a phone's width, resizes, reports what it loaded, and writes a real PNG. Fails when
 * Chromium or its driver is not installed, as CI must notice.
 */
class BrowserTest {

    private HttpServer server;

    @BeforeEach
    void aPageThatShowsTheAcceptLanguageItWasAskedWith() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/", exchange -> {
            String language = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Language"));
            byte[] page =
                    ("<!doctype html><html lang=\"ar\" dir=\"rtl\"><meta name=\"viewport\" content=\"width=device-width\"><body><h1 id=\"hello\">مرحبا "
                            + language + "</h1><p>سلام · Привет · Bonjour</p></body></html>")
                            .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void opensAPageInTheGivenLanguageAtAPhonesWidthAndTakesAScreenshot() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hello";
        try (Browser browser = Browser.start("ar")) {
            browser.open(url);

            assertThat(browser.text("#hello")).startsWith("مرحبا ar");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(360L);
            assertThat(browser.pageWeight().resources()).containsKey(url);
            assertThat(browser.pageWeight().decodedBytes()).isPositive();

            Path png = browser.screenshot("browser-self-test");
            assertThat(png).startsWith(Browser.SCREENSHOTS);
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
            assertThat(bytes.length).isGreaterThan(1000);

            browser.resize(320, 640);
            assertThat(browser.script("return window.innerWidth")).isEqualTo(320L);
        }
    }
}
