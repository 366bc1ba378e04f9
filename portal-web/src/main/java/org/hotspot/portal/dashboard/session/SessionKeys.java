package org.hotspot.portal.dashboard.session;

import jakarta.inject.Singleton;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;

/**
 * The keyring sealing what the dashboard keeps in Redis (tokens, the pending sign-in's password):
 * from configuration, else generated at first start in the key directory, never in git. A Redis
 * dump alone yields no token.
 */
@Singleton
public class SessionKeys {

    private final SecretBox box;

    public SessionKeys(DashboardConfig config) {
        String keyring = KeyFiles.configuredOrGenerated(config.sessionKeys(),
                config.keyDir().resolve("session-keys"), () -> KeyMaterial.newKeyring("local1"));
        this.box = SecretBox.parse(keyring, null);
    }

    SecretBox box() {
        return box;
    }
}
