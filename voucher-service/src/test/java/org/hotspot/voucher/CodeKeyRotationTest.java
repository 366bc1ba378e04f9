package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.hotspot.voucher.service.CodeResealer;
import org.junit.jupiter.api.Test;

/**
 * Rotating the code keys: with a new key in front of the keyring, codes sealed with the old one still
 * open (cards reprint), new ones are sealed with the new key, and the resealer moves the old ones over.
 */
@QuarkusTest
@TestProfile(CodeKeyRotationTest.RotatedKeys.class)
@WithAuthService
class CodeKeyRotationTest {

    // Fixed test keys, not secrets: the profile is read in another class loader, so random ones would differ.
    static final String OLD_KEY = key('o');
    static final String NEW_KEY = key('n');
    static final String LOOKUP_KEY = key('l');

    static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }

    public static class RotatedKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotspot.voucher.code-keys", "new:" + NEW_KEY + ",old:" + OLD_KEY,
                    "hotspot.voucher.code-key-id", "new",
                    "hotspot.voucher.lookup-key", LOOKUP_KEY);
        }
    }

    @InjectAuthService
    AuthService auth;

    @Inject
    MongoClient mongo;

    @Inject
    CodeResealer resealer;

    @Test
    void codesSealedWithTheOldKeyStillOpenAndAreResealed() {
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String batchId = Fixtures.readyBatch(operator, Fixtures.profile(operator), 1);
        var vouchers = mongo.getDatabase("hotspot-voucher").getCollection("vouchers");
        assertThat(vouchers.find(Filters.eq("batchId", batchId)).first().getString("sealedCode")).startsWith("v1:new:");

        // A voucher as the service stored it before the rotation: sealed with the old key alone.
        String code = "ROTATE" + UUID.randomUUID().toString().replaceAll("[^2-9]", "").substring(0, 4) + "AB";
        String voucherId = UUID.randomUUID().toString();
        SecretBox before = new SecretBox(Map.of("old", Base64.getDecoder().decode(OLD_KEY)), "old");
        Document old = vouchers.find(Filters.eq("batchId", batchId)).first();
        old.put("_id", voucherId);
        old.put("serial", 2);
        old.put("lookupKey", VoucherCodes.lookupKey(Base64.getDecoder().decode(LOOKUP_KEY), organization, code));
        old.put("sealedCode", before.seal(code, "voucher:" + voucherId + ":code"));
        old.put("codeKeyId", "old");
        old.put("createdAt", new Date());
        vouchers.insertOne(old);

        assertThat(Fixtures.voucher(operator, code).getString("code")).isEqualTo(code);

        assertThat(resealer.reseal().await().atMost(Duration.ofSeconds(30))).isGreaterThanOrEqualTo(1);
        Document resealed = vouchers.find(Filters.eq("_id", voucherId)).first();
        assertThat(resealed.getString("sealedCode")).startsWith("v1:new:");
        assertThat(resealed.getString("codeKeyId")).isEqualTo("new");
        assertThat(Fixtures.voucher(operator, code).getString("code")).isEqualTo(code);
        assertThat(resealer.reseal().await().atMost(Duration.ofSeconds(30))).isZero();
    }
}
