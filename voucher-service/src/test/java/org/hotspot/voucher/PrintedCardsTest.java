package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.hotspot.voucher.print.PrintedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a customer reads off a printed card logs in: cards.pdf through HTTP, read back with PDFBox's
 * text extraction as a customer would type it, and the word on the card sent to authorization.
 */
@QuarkusTest
@WithAuthService
class PrintedCardsTest {

    private static final List<String> LAYOUTS = List.of("a4", "thermal-58", "thermal-80");

    @InjectAuthService
    AuthService auth;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "fa"})
    void everyCodeOnEveryLayoutIsAWordThatLogsIn(String language) throws IOException {
        String organization = auth.newOrganization("Net " + language, language);
        String operator = auth.tokenFor(organization, "OPERATOR");
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator), 4);
        List<String> codes = Fixtures.codes(operator, batchId);

        for (String layout : LAYOUTS) {
            String text = text(pdf(operator, batchId, Map.of("layout", layout)));
            List<String> words = PrintedText.words(text);
            for (String code : codes) {
                String printed = VoucherCodes.display(code, 4);
                assertThat(words).as(language + " " + layout + ": " + text).contains(printed);
            }
            assertThat(text.codePoints().filter(PrintedText::unprintable).toArray())
                    .as(language + " " + layout + " prints characters nobody can type: " + text).isEmpty();
        }
        // The word as printed, typed as it is, is accepted.
        String printed = PrintedText.words(text(pdf(operator, batchId, Map.of()))).stream()
                .filter(word -> codes.contains(VoucherCodes.normalize(word)))
                .findFirst().orElseThrow();
        assertThat(Fixtures.authorize(organization, printed, "nas-1", "AA:BB:CC:17:00:01", "s-" + language)
                .getBoolean("accept")).as(printed).isTrue();
    }

    @Test
    void revokedAndDisabledVouchersAreLeftOutAndCounted() throws IOException {
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator), 5);
        List<String> codes = Fixtures.codes(operator, batchId);
        as(operator).when().post("/api/vouchers/" + codes.get(1) + "/revoke").then().statusCode(200);
        as(operator).when().post("/api/vouchers/" + codes.get(3) + "/disable").then().statusCode(200);

        Response pdf = as(operator).when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(200).extract().response();
        assertThat(pdf.header("X-Hotspot-Skipped-Vouchers")).isEqualTo("2");
        String text = text(pdf.asByteArray());
        assertThat(PrintedText.words(text))
                .contains(printed(codes.get(0)), printed(codes.get(2)), printed(codes.get(4)))
                .doesNotContain(printed(codes.get(1)), printed(codes.get(3)));
        assertThat(text).contains("Not printed (revoked, disabled, expired or used up): 2");

        Response html =
                as(operator).queryParam("layout", "thermal-58").when().get("/api/batches/" + batchId + "/cards.html")
                        .then().statusCode(200).extract().response();
        assertThat(html.header("X-Hotspot-Skipped-Vouchers")).isEqualTo("2");
        assertThat(html.asString()).doesNotContain(printed(codes.get(1))).contains(printed(codes.get(2)));

        // Only unusable vouchers chosen: nothing to print, said so.
        as(operator).queryParam("from", 2).queryParam("to", 2).when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", Matchers.containsString("revoked, disabled, expired or used up"));
        as(operator).queryParam("from", 90).queryParam("to", 99).when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theBatchsExpiryIsPrintedInTheZoneAsked() throws IOException {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        Map<String, Object> order = Fixtures.batchOf(Fixtures.profile(operator), 1);
        Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        order.put("expiresAt", expiry.toString());
        String batchId = Fixtures.readyBatch(operator, order);

        String utc = text(pdf(operator, batchId, Map.of()));
        assertThat(utc).containsPattern("Use before: .*" + expiry.atZone(ZoneOffset.UTC).getYear()
                + ", 12:00[\\s\\u202F]?AM UTC");
        String baghdad = text(pdf(operator, batchId, Map.of("tz", "Asia/Baghdad")));
        assertThat(baghdad).containsPattern("Use before: .*, 3:00[\\s\\u202F]?AM");
        as(operator).queryParam("tz", "Mars/Olympus").when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkUnlessAskedNot() {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator, Fixtures.plan("باقة يوم")), 2);

        byte[] csv = as(operator).when().get("/api/batches/" + batchId + "/vouchers.csv")
                .then().statusCode(200).extract().asByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 's');
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("باقة يوم");
        byte[] plain = as(operator).queryParam("bom", false).when().get("/api/batches/" + batchId + "/vouchers.csv")
                .then().statusCode(200).extract().asByteArray();
        assertThat(plain).startsWith((byte) 's', (byte) 'e');
    }

    private static byte[] pdf(String operator, String batchId, Map<String, ?> query) {
        return as(operator).queryParams(query).when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String printed(String code) {
        return VoucherCodes.display(code, 4);
    }
}
