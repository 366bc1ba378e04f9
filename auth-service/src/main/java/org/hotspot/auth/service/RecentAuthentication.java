package org.hotspot.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.common.security.Caller;

/**
 * Actions that hand out a way in (a new operator, an admin role, another's password or second factor) need an
 * admin who proved their password lately, not merely a token refreshed for days: a stolen session
 * alone cannot plant a backdoor account.
 */
@ApplicationScoped
public class RecentAuthentication {

    private final AuthConfig.Tokens config;

    public RecentAuthentication(AuthConfig config) {
        this.config = config.tokens();
    }

    /** Refuses with {@code reauthentication-required} unless the caller logged in within the configured time. */
    public void require(Caller caller) {
        Instant authenticatedAt = caller.authenticatedAt();
        if (authenticatedAt == null || authenticatedAt.isBefore(Instant.now().minus(config.recentAuthentication()))) {
            throw AuthProblems.reauthenticationRequired(config.recentAuthentication());
        }
    }
}
