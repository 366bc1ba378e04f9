package org.hotspot.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.hotspot.testing.WithKafkaAndRedis;
import org.junit.jupiter.api.Test;

/**
 * Strict request bodies must not make the services' own REST clients, nor their internal endpoints,
 * strict: during a rolling upgrade a newer service sends fields an older one does not know.
 */
@QuarkusTest
@WithKafkaAndRedis
class TolerantReadersTest {

    /** An older reader's view of the probe's answer: it lacks {@code addedInANewerVersion}. */
    public record Organization(String id, String name) {
    }

    @Path("/probe")
    public interface Probe {
        @GET
        @Path("/organization")
        Organization organization();
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void anInternalEndpointReadsABodyFromANewerServiceWithFieldsItDoesNotKnow() {
        given().contentType("application/json")
                .body("{\"code\":\"ABC\",\"count\":2,\"addedInANewerVersion\":true}")
                .when().post("/internal/probe/decisions")
                .then().statusCode(200)
                .body("code", is("ABC"));
    }

    @Test
    void aRestClientReadsAnAnswerWithFieldsItDoesNotKnow() {
        Probe probe = RestClientBuilder.newBuilder().baseUri(base).build(Probe.class);

        assertThat(probe.organization()).isEqualTo(new Organization("org-1", "Example ISP"));
    }
}
