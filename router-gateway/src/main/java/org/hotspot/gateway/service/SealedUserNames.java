package org.hotspot.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.common.crypto.SecretBox;

/**
 * A session's User-Name (the voucher code as the customer typed it) sealed for its trip through
 * {@code accounting-records}, session-service's store and {@code router-commands}, and opened only
 * here, to name the session in a Disconnect-Request as RouterOS matches it (docs/mikrotik.md). Nothing
 * outside router-gateway can read it: the key is the gateway's own keyring ({@link GatewayKeys}),
 * and a Kafka log file or a database dump holds ciphertext. The seal is bound to the router and
 * Acct-Session-Id, so a value copied onto another session does not open there.
 *
 * <p>Why not the voucher id and a lookup: voucher-service keeps codes only sealed with its own
 * keys, and a code cannot be derived from its id or lookup key; carrying the sealed User-Name
 * along with the session is what lets the gateway send it without anyone else holding it in clear.
 */
@ApplicationScoped
public class SealedUserNames {

    private final SecretBox box;

    public SealedUserNames(SecretBox box) {
        this.box = box;
    }

    /** The User-Name sealed for this session; null for none. */
    public String seal(String routerId, String acctSessionId, String userName) {
        return userName == null ? null : box.seal(userName, context(routerId, acctSessionId));
    }

    /**
     * The User-Name; a {@link SecretBox.SealedValueException} when the value is not one this
     * gateway sealed for this session (tampered, of another session, or sealed with a key since removed).
     */
    public String open(String routerId, String acctSessionId, String sealed) {
        return box.open(sealed, context(routerId, acctSessionId));
    }

    /** Unlike the routers' secrets ({@code router:...}), so neither kind of value opens as the other. */
    private static String context(String routerId, String acctSessionId) {
        return "user-name:" + routerId + ":" + (acctSessionId == null ? "" : acctSessionId);
    }
}
