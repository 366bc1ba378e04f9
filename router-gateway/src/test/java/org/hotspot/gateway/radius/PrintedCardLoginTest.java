package org.hotspot.gateway.radius;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.Test;

/**
 * A customer types what is printed on a card: the code read back from the real voucher-service's
 * cards.pdf with PDFBox's text extraction, sent by radclient as the router's PAP login, is accepted.
 * French cards, where the code was once printed between two question marks.
 */
@QuarkusTest
@WithVoucherService
class PrintedCardLoginTest {

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    @Test
    void theCodeReadOffAPrintedCardLogsIn() throws IOException {
        String organization = auth.newOrganization("Café Réseau", "fr");
        String operator = auth.tokenFor(organization, "OPERATOR");
        String nasIdentifier = nasIdentifier();
        String secret = secret();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        String batchId =
                vouchers.newBatch(operator, vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600)), 3);
        List<String> codes = vouchers.codes(operator, batchId);

        // Each layout prints a different card first: a card logs in on one device only.
        Map<String, Integer> firstSerial = Map.of("a4", 1, "thermal-58", 2);
        for (String layout : List.of("a4", "thermal-58")) {
            byte[] pdf = given().baseUri(vouchers.url()).auth().oauth2(operator).queryParam("layout", layout)
                    .queryParam("from", firstSerial.get(layout))
                    .when().get("/api/batches/{id}/cards.pdf", batchId)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            String printed = printedCode(pdf);

            Reply reply = Radclient.to("127.0.0.1", ports.authenticationPort(), secret)
                    .auth(pap(nasIdentifier, printed, printed, mac()));

            assertThat(reply.code()).as(layout + " " + printed + ": " + reply.transcript()).isEqualTo("Access-Accept");
            assertThat(codes).as(layout).contains(CodeLookup.normalize(printed));
        }
    }

    /** The word on the first card's code line: the line after the "Code" label, as PDFBox extracts it. */
    private static String printedCode(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = Arrays.stream(new PDFTextStripper().getText(document).split("\\R"))
                    .map(String::strip).toList();
            int label = lines.indexOf("Code");
            assertThat(label).as("a Code label in %s", lines).isNotNegative();
            return lines.get(label + 1);
        }
    }
}
