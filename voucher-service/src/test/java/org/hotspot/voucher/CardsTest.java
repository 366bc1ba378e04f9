package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/** QR codes and printable cards through HTTP, read back with a real QR decoder and PDF parser. */
@QuarkusTest
@WithAuthService
class CardsTest {

    private static final String ARABIC_NAME = "شبكة النور";

    @InjectAuthService
    AuthService auth;

    @Test
    void theQrCodeReadsToAPortalLinkWithoutTheCodeAndRevokingVoidsIt() throws Exception {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        String code = Fixtures.oneCode(operator, Fixtures.profile(operator));

        byte[] png = as(operator).queryParam("size", 300).when().get("/api/vouchers/" + code + "/qr.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        String link = decode(ImageIO.read(new ByteArrayInputStream(png)));
        assertThat(link).startsWith("http://127.0.0.1:8080/portal?v=").doesNotContain(code);

        String svg = as(operator).when().get("/api/vouchers/" + code + "/qr.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(svg).startsWith("<svg").contains("viewBox").doesNotContain(code);

        String token = link.substring(link.indexOf("v=") + 2);
        Fixtures.asPortal().when().get("/internal/qr/" + token).then().statusCode(200).body("code", is(code));
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Fixtures.asPortal().when().get("/internal/qr/" + forged).then().statusCode(404)
                .contentType("application/problem+json");

        as(operator).when().post("/api/vouchers/" + code + "/revoke").then().statusCode(200);
        Fixtures.asPortal().when().get("/internal/qr/" + token).then().statusCode(410)
                .body("type", is("/problems/voucher-unusable"));
        as(operator).when().get("/api/vouchers/" + code + "/qr.png").then().statusCode(410);
    }

    @Test
    void aPdfOfCardsRendersWithAnArabicOrganizationName() throws Exception {
        String organization = auth.newOrganization(ARABIC_NAME, "ar");
        String operator = auth.tokenFor(organization, "OPERATOR");
        Map<String, Object> plan = Fixtures.plan("يوم واحد");
        plan.put("timeQuotaSeconds", 86_400);
        plan.put("dataQuotaBytes", 2_000_000_000L);
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator, plan), 12);
        List<String> codes = Fixtures.codes(operator, batchId);

        byte[] pdf = as(operator).when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            // Text extraction gives the shaped presentation forms back; NFKC maps them to the letters.
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains("النور");
            for (String code : codes) {
                assertThat(text).contains(code.substring(0, 4) + "-" + code.substring(4, 8));
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            // The first card's QR code on the rendered page reads back to the portal.
            assertThat(decode(page)).startsWith("http://127.0.0.1:8080/portal?v=");
        }
    }

    @Test
    void thermalCardsAreOnePerPageOfTheRollsWidth() throws Exception {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator), 5);

        byte[] pdf = as(operator).queryParam("layout", "thermal-58").queryParam("from", 2).queryParam("to", 4)
                .when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(58 / 25.4f * 72, Offset.offset(0.5f));
        }
        as(operator).queryParam("layout", "a5").when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(400).contentType("application/problem+json");
        as(operator).queryParam("from", 4).queryParam("to", 2).when().get("/api/batches/" + batchId + "/cards.pdf")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theHtmlPrintViewIsRightToLeftForPersian() {
        String organization = auth.newOrganization("<b>Café</b> نت", "fa");
        String operator = auth.tokenFor(organization, "OPERATOR");
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator), 3);
        String code = Fixtures.codes(operator, batchId).get(0);

        String html = as(operator).when().get("/api/batches/" + batchId + "/cards.html")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("dir=\"rtl\"").contains("lang=\"fa\"").contains("&lt;b&gt;Café&lt;/b&gt;")
                .doesNotContain("<b>Café</b>").contains(code.substring(0, 4));
        String english = as(operator).queryParam("lang", "en").when().get("/api/batches/" + batchId + "/cards.html")
                .then().statusCode(200).extract().asString();
        assertThat(english).contains("dir=\"ltr\"");
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
