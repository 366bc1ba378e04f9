package org.hotspot.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.common.security.Role;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organization's admin brands its captive portal (name, colours, terms, logo) through the API,
 * and portal-web, with its own service token, reads it back to dress the pages.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class BrandingTest {

    /** Service tokens of the test profile (src/test/resources/META-INF). */
    private static final String PORTAL_TOKEN = "test-only-portal-web-token-0123456789";
    private static final String GATEWAY_TOKEN = "test-only-router-gateway-token-0123456789";

    /** A 1x1 PNG. */
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private String organization;
    private String orgAdmin;
    private String otherAdmin;

    @BeforeEach
    void anOrganizationWithItsAdminAndAnother() {
        String platform = Api.adminToken();
        organization = Api.newOrganization(platform);
        orgAdmin = Api.accessToken(Api.newOperator(platform, organization, Role.ORG_ADMIN), Api.PASSWORD);
        String other = Api.newOrganization(platform);
        otherAdmin = Api.accessToken(Api.newOperator(platform, other, Role.ORG_ADMIN), Api.PASSWORD);
    }

    private String branding() {
        return "/api/organizations/" + organization + "/branding";
    }

    private static Map<String, Object> brandingWith(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Café Wifi", "primaryColor", "#0A6EBD",
                "accentColor", "#f5a623", "termsText", "Be kind.\r\nNo streaming after 22:00."));
        body.put(field, value);
        return body;
    }

    @Test
    void anOrgAdminSetsAndReadsItsBranding() {
        Api.as(orgAdmin).body(brandingWith("logo", PNG)).when().put(branding())
                .then().statusCode(200)
                .body("organizationId", is(organization))
                .body("displayName", is("Café Wifi"))
                .body("primaryColor", is("#0a6ebd"))
                .body("accentColor", is("#f5a623"))
                .body("termsText", is("Be kind.\nNo streaming after 22:00."))
                .body("logoContentType", is("image/png"))
                .body("logoSize", is(Base64.getDecoder().decode(PNG).length))
                .body("logo", nullValue());
        Api.as(orgAdmin).when().get(branding())
                .then().statusCode(200)
                .body("displayName", is("Café Wifi")).body("logoContentType", is("image/png"));

        // A change without a logo keeps the stored one; an empty logo removes it.
        Api.as(orgAdmin).body(Map.of("primaryColor", "#111111")).when().put(branding())
                .then().statusCode(200)
                .body("primaryColor", is("#111111")).body("displayName", nullValue())
                .body("logoContentType", is("image/png"));
        Api.as(orgAdmin).body(Map.of("logo", "")).when().put(branding())
                .then().statusCode(200)
                .body("logoContentType", nullValue()).body("logoSize", nullValue());
    }

    @Test
    void aRenameKeepsTheBrandingAndTheBrandingKeepsTheName() {
        Api.as(orgAdmin).body(Map.of("name", "Renamed ISP", "requireTotp", false, "language", "ar")).when()
                .put("/api/organizations/" + organization).then().statusCode(200);
        Api.as(orgAdmin).body(brandingWith("logo", PNG)).when().put(branding()).then().statusCode(200);
        Api.as(orgAdmin).body(Map.of("name", "Renamed again", "requireTotp", false)).when()
                .put("/api/organizations/" + organization)
                .then().statusCode(200).body("name", is("Renamed again")).body("language", is("ar"));

        given().header(ServiceAuthentication.HEADER, PORTAL_TOKEN).when()
                .get("/internal/organizations/" + organization + "/branding")
                .then().statusCode(200)
                .body("name", is("Renamed again")).body("language", is("ar"))
                .body("displayName", is("Café Wifi")).body("logo", is(PNG));
    }

    @Test
    void jpegAndWebpAreLogosTooToldByTheirBytes() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        Api.as(orgAdmin).body(Map.of("logo", Base64.getEncoder().encodeToString(jpeg))).when().put(branding())
                .then().statusCode(200).body("logoContentType", is("image/jpeg"));
        Api.as(orgAdmin).body(Map.of("logo", Base64.getEncoder().encodeToString(webp))).when().put(branding())
                .then().statusCode(200).body("logoContentType", is("image/webp"));
    }

    @Test
    void anotherOrganizationsAdminNeitherSeesNorChangesIt() {
        Api.as(orgAdmin).body(brandingWith("logo", PNG)).when().put(branding()).then().statusCode(200);

        Api.as(otherAdmin).when().get(branding())
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(otherAdmin).body(brandingWith("displayName", "Hijacked")).when().put(branding())
                .then().statusCode(404).contentType("application/problem+json");

        Api.as(orgAdmin).when().get(branding()).then().statusCode(200).body("displayName", is("Café Wifi"));
        Api.as(Api.adminToken()).when().get(branding()).then().statusCode(200).body("displayName", is("Café Wifi"));
    }

    /** A logo and what the refusal must say of it. */
    private record Refusal(byte[] logo, String why) {
    }

    @Test
    void aLogoThatIsNoPngJpegOrWebpIsRefused() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\0\u0001\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = "just some text".getBytes(StandardCharsets.UTF_8);
        byte[] oversized = Arrays.copyOf(Base64.getDecoder().decode(PNG), 16 * 1024 + 1);
        List<Refusal> refusals = List.of(new Refusal(svg, "SVG"), new Refusal(gif, "PNG, JPEG or WebP"),
                new Refusal(text, "PNG, JPEG or WebP"), new Refusal(oversized, "16384 bytes"));
        refusals.forEach(refusal -> Api.as(orgAdmin)
                .body(brandingWith("logo", Base64.getEncoder().encodeToString(refusal.logo()))).when().put(branding())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations[0].field", is("logo"))
                .body("violations[0].message", containsString(refusal.why())));

        Api.as(orgAdmin).body(brandingWith("logo", "not base64 at all!")).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("logo"));
        Api.as(orgAdmin).body(brandingWith("logo", "A".repeat(1 << 20))).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("logo"));
        Api.as(orgAdmin).when().get(branding()).then().statusCode(200).body("logoContentType", nullValue());
    }

    @Test
    void badColoursAndTextsAreRefusedFieldByField() {
        for (String colour : List.of("red", "#12345", "#gggggg", "0a6ebd", "#0a6ebd;x", "")) {
            Api.as(orgAdmin).body(brandingWith("primaryColor", colour)).when().put(branding())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", is("primaryColor"))
                    .body("violations[0].message", is("must be a colour written #rrggbb"));
        }
        Api.as(orgAdmin).body(brandingWith("accentColor", "blue")).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("accentColor"));
        Api.as(orgAdmin).body(brandingWith("displayName", "x".repeat(61))).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("displayName"));
        Api.as(orgAdmin).body(brandingWith("displayName", "two\nlines")).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("displayName"));
        Api.as(orgAdmin).body(brandingWith("termsText", "x".repeat(2001))).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("termsText"));
        Api.as(orgAdmin).body(brandingWith("termsText", "terms \u202Eevil")).when().put(branding())
                .then().statusCode(400).body("violations[0].field", is("termsText"));
        Api.as(orgAdmin).body(Map.of("displayName", "ISP", "logoUrl", "http://x")).when().put(branding())
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void portalWebReadsTheBrandingWithTheLogoAndNoOtherCallerDoes() {
        Api.as(orgAdmin).body(brandingWith("logo", PNG)).when().put(branding()).then().statusCode(200);
        String path = "/internal/organizations/" + organization + "/branding";

        given().header(ServiceAuthentication.HEADER, PORTAL_TOKEN).when().get(path)
                .then().statusCode(200)
                .body("id", is(organization))
                .body("language", is("en"))
                .body("displayName", is("Café Wifi"))
                .body("primaryColor", is("#0a6ebd"))
                .body("termsText", is("Be kind.\nNo streaming after 22:00."))
                .body("logoContentType", is("image/png"))
                .body("logo", is(PNG));
        given().header(ServiceAuthentication.HEADER, PORTAL_TOKEN).when().get("/internal/organizations/" + organization)
                .then().statusCode(200).body("language", is("en"));
        given().header(ServiceAuthentication.HEADER, PORTAL_TOKEN).when()
                .get("/internal/organizations/no-such-organization/branding")
                .then().statusCode(404).contentType("application/problem+json");

        given().header(ServiceAuthentication.HEADER, GATEWAY_TOKEN).when().get(path)
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(orgAdmin).when().get(path).then().statusCode(403).contentType("application/problem+json");
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void aBrandingChangeIsAudited() {
        Api.as(orgAdmin).body(brandingWith("logo", PNG)).when().put(branding()).then().statusCode(200);
        int size = Base64.getDecoder().decode(PNG).length;

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            List<Map<String, Object>> items = Api.as(orgAdmin).queryParam("action", "ORGANIZATION_UPDATED")
                    .when().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(items).extracting(item -> item.get("detail"))
                    .contains("branding; logo image/png, " + size + " bytes");
        });
    }
}
