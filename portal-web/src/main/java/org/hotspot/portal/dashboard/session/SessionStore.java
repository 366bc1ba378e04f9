package org.hotspot.portal.dashboard.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.hotspot.common.crypto.SecretBox;
import org.jboss.logging.Logger;

/**
 * The dashboard's records in Redis, each under {@code portal:<kind>:<sha-256 of the browser's id>}
 * (so a key listing shows no usable id) and sealed with {@link SessionKeys} bound to that key (so a
 * value copied under another key does not open). Commands: GET, SET (PX, NX, GET), PEXPIRE, DEL.
 */
@ApplicationScoped
public class SessionStore {

    private static final Logger LOG = Logger.getLogger(SessionStore.class);

    private final ReactiveValueCommands<String, String> values;
    private final ReactiveKeyCommands<String> keys;
    private final SecretBox box;
    private final ObjectMapper json;

    public SessionStore(ReactiveRedisDataSource redis, SessionKeys sessionKeys, ObjectMapper json) {
        this.values = redis.value(String.class, String.class);
        this.keys = redis.key(String.class);
        this.box = sessionKeys.box();
        this.json = json;
    }

    /** The record of this kind for the browser's id, empty when there is none or it does not open. */
    public <T> Uni<Optional<T>> get(String kind, String id, Class<T> type) {
        String key = key(kind, id);
        return values.get(key).map(sealed -> open(sealed, key, type));
    }

    /** Writes the record, living {@code ttl} from now. */
    public Uni<Void> put(String kind, String id, Object record, Duration ttl) {
        String key = key(kind, id);
        return values.set(key, seal(record, key), new SetArgs().px(Math.max(1, ttl.toMillis())));
    }

    /** Gives the record {@code ttl} from now (PEXPIRE), leaving its value as it is. */
    public Uni<Void> expire(String kind, String id, Duration ttl) {
        return keys.pexpire(key(kind, id), Math.max(1, ttl.toMillis())).replaceWithVoid();
    }

    public Uni<Void> delete(String kind, String id) {
        return keys.del(key(kind, id)).replaceWithVoid();
    }

    /**
     * Takes a short lock named after the browser's id in one command (SET NX PX GET: Redis 7); false
     * when someone, another request or replica, holds it.
     */
    public Uni<Boolean> lock(String kind, String id, Duration ttl) {
        return values.setGet(key(kind, id), "1", new SetArgs().nx().px(ttl.toMillis()))
                .map(previous -> previous == null);
    }

    static String key(String kind, String id) {
        return "portal:" + kind + ":" + sha256(id);
    }

    static String sha256(String id) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String seal(Object record, String key) {
        try {
            return box.seal(json.writeValueAsString(record), key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session record does not serialize", e);
        }
    }

    private <T> Optional<T> open(String sealed, String key, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(box.open(sealed, key), type));
        } catch (SecretBox.SealedValueException | JsonProcessingException e) {
            // Sealed with a key since dropped, or tampered with: as good as signed out.
            LOG.warnf("a dashboard record under %s does not open: %s", key, e.getMessage());
            return Optional.empty();
        }
    }
}
