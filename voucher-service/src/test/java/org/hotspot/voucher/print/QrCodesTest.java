package org.hotspot.voucher.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class QrCodesTest {

    private static final String LOGIN_URL = "https://wifi.example.net/login?code=ABCD-EFGH-JK&t=Zk9x_3-Qa~é";

    @Test
    void thePngReadsBackAsTheExactUrl() throws Exception {
        byte[] png = QrCodes.png(LOGIN_URL, 300);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(decode(image)).isEqualTo(LOGIN_URL);
    }

    @Test
    void thePngKeepsAQuietZoneOfFourModules() throws Exception {
        // At one pixel per module the image is the code plus 4 light modules on each side.
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(LOGIN_URL, 1)));
        int modules = QrCodes.modules(LOGIN_URL).getWidth();
        assertThat(image.getWidth()).isEqualTo(modules);
        for (int i = 0; i < modules; i++) {
            for (int border = 0; border < QrCodes.QUIET_ZONE; border++) {
                assertThat(image.getRGB(i, border) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(border, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            }
        }
        // The finder pattern's corner starts right after the quiet zone.
        assertThat(image.getRGB(QrCodes.QUIET_ZONE, QrCodes.QUIET_ZONE) & 0xFFFFFF).isZero();
    }

    @Test
    void theSvgIsXmlWithAViewBoxAndOnePathOfTheDarkModules() throws Exception {
        String svg = QrCodes.svg(LOGIN_URL);
        int modules = QrCodes.modules(LOGIN_URL).getWidth();

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + modules + " " + modules);
        assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(xml.getElementsByTagName("path").getLength()).isEqualTo(1);
        String path = ((Element) xml.getElementsByTagName("path").item(0)).getAttribute("d");
        // The top-left finder pattern's first row: 7 dark modules right after the quiet zone.
        assertThat(path).startsWith("M4 4h7v1h-7z");
    }

    @Test
    void theSvgDrawsTheSameModulesTheEncoderMade() {
        var matrix = QrCodes.modules(LOGIN_URL);
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }
        int[] drawn = {0};
        Matcher run = Pattern.compile("h(\\d+)v1").matcher(QrCodes.svg(LOGIN_URL));
        while (run.find()) {
            drawn[0] += Integer.parseInt(run.group(1));
        }
        assertThat(drawn[0]).isEqualTo(dark);
    }

    @Test
    void emptyContentIsRefused() {
        assertThatThrownBy(() -> QrCodes.svg("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.png(LOGIN_URL, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
