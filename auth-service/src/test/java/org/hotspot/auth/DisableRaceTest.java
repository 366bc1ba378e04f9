package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.auth.service.Sessions;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * A login or refresh that read the operator just before a disable, and the revocation cut-off just
 * after it, must not hand out a token. The interleaving is forced: the operator is read as a login
 * reads it, disabled through the endpoint, and only then is the session started from what was read.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class DisableRaceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Sessions sessions;

    @Inject
    OperatorRepository operators;

    @Test
    void aSessionStartedFromAnOperatorReadBeforeTheDisableGetsNoToken() {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.ORG_ADMIN);
        Operator readBeforeTheDisable = operators.findByUsername(username).await().atMost(WAIT);

        Api.as(admin).when().post("/api/operators/{id}/disable", readBeforeTheDisable.id).then().statusCode(200);

        assertThatThrownBy(() -> sessions.start(readBeforeTheDisable).await().atMost(WAIT))
                .isInstanceOf(ProblemException.class);
    }
}
