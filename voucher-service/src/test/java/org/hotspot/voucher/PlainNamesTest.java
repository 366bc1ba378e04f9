package org.hotspot.voucher;

import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * Names printed on cards and shown on dashboards are one line of real text: a JSON {@code \ud800}
 * escape (which Jackson turns into a lone surrogate) or a bidi override is refused by field, while
 * Persian with its zero-width non-joiner is kept.
 */
@QuarkusTest
@WithAuthService
class PlainNamesTest {

    @InjectAuthService
    AuthService auth;

    @Test
    void aProfileNameWithALoneSurrogateIsRefusedByField() {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");

        as(operator).body("{\"name\":\"1 hour \\ud800\",\"price\":1,\"currency\":\"USD\",\"sharedUsers\":1}")
                .when().post("/api/profiles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations.size()", is(1))
                .body("violations[0].field", is("name"));

        as(operator).when().get("/api/profiles")
                .then().statusCode(200)
                .body("size()", is(0));
    }

    @Test
    void aBatchNoteWithABidiOverrideIsRefusedAndPersianIsKept() {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        String profileId = Fixtures.profile(operator, Fixtures.plan("کافه\u200cنت یک ساعته"));

        as(operator).body("{\"profileId\":\"" + profileId + "\",\"count\":1,\"note\":\"cards \\u202Efdp.exe\"}")
                .when().post("/api/batches")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations[0].field", is("note"));
    }
}
