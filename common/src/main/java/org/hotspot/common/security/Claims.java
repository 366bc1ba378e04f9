package org.hotspot.common.security;

/** Claim names auth-service writes into access tokens beyond the standard ones. */
public final class Claims {

    /** The operator's organization id. */
    public static final String ORGANIZATION = "organizationId";

    /**
     * When the operator last proved their password (epoch seconds, OpenID Connect's name): kept
     * across refreshes, so actions that need a recent authentication can tell.
     */
    public static final String AUTH_TIME = "auth_time";

    private Claims() {
    }
}
