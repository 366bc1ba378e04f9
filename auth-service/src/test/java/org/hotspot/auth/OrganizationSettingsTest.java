package org.hotspot.auth;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organization's admin sets its time zone, currency and digits beside name, second factor and
 * language; a wrong zone or currency is refused on its field, and an organization stored before
 * these settings existed reads with the defaults.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class OrganizationSettingsTest {

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private String organization;
    private String orgAdmin;

    @BeforeEach
    void anOrganizationAndItsAdmin() {
        String platform = Api.adminToken();
        organization = Api.newOrganization(platform);
        orgAdmin = Api.accessToken(Api.newOperator(platform, organization, Role.ORG_ADMIN), Api.PASSWORD);
    }

    private static Map<String, Object> settings(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Café Wifi", "requireTotp", false));
        if (field != null) {
            body.put(field, value);
        }
        return body;
    }

    @Test
    void aNewOrganizationHasUtcUsdAndLatinDigits() {
        Api.as(orgAdmin).when().get("/api/organizations/" + organization)
                .then().statusCode(200)
                .body("timeZone", is("UTC")).body("currency", is("USD")).body("digits", is("latin"));
    }

    @Test
    void anAdminSetsTimeZoneCurrencyAndDigitsAndARenameKeepsThem() {
        Map<String, Object> body = settings("timeZone", "Asia/Tehran");
        body.put("currency", "IRR");
        body.put("digits", "persian");
        Api.as(orgAdmin).body(body).when().put("/api/organizations/" + organization)
                .then().statusCode(200)
                .body("timeZone", is("Asia/Tehran")).body("currency", is("IRR")).body("digits", is("persian"));

        Api.as(orgAdmin).body(settings(null, null)).when().put("/api/organizations/" + organization)
                .then().statusCode(200)
                .body("name", is("Café Wifi"))
                .body("timeZone", is("Asia/Tehran")).body("currency", is("IRR")).body("digits", is("persian"));
    }

    @Test
    void anUnknownZoneOrCurrencyOrDigitsIsRefusedOnItsField() {
        Api.as(orgAdmin).body(settings("timeZone", "Mars/Olympus")).when().put("/api/organizations/" + organization)
                .then().statusCode(400).body("violations.field", hasItem("timeZone"));
        Api.as(orgAdmin).body(settings("timeZone", "+03:30")).when().put("/api/organizations/" + organization)
                .then().statusCode(400).body("violations.field", hasItem("timeZone"));
        Api.as(orgAdmin).body(settings("currency", "XYZ")).when().put("/api/organizations/" + organization)
                .then().statusCode(400).body("violations.field", hasItem("currency"));
        Api.as(orgAdmin).body(settings("digits", "roman")).when().put("/api/organizations/" + organization)
                .then().statusCode(400);
        Api.as(orgAdmin).when().get("/api/organizations/" + organization)
                .then().statusCode(200).body("timeZone", is("UTC")).body("currency", is("USD"));
    }

    @Test
    void anOrganizationStoredBeforeTheseSettingsReadsWithTheDefaults() {
        String old = "org-old-" + UUID.randomUUID();
        mongo.getDatabase(database).getCollection("organizations").insertOne(new Document("_id", old)
                .append("name", "Old ISP").append("requireTotp", false).append("createdAt", Date.from(Instant.now())));
        Api.as(Api.adminToken()).when().get("/api/organizations/" + old)
                .then().statusCode(200)
                .body("language", is("en")).body("timeZone", is("UTC")).body("currency", is("USD"))
                .body("digits", is("latin"));
    }
}
