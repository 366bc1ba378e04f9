package org.hotspot.common.security;

/** Claim names auth-service writes into access tokens beyond the standard ones. */
public final class Claims {

    /** The operator's organization id. */
    public static final String ORGANIZATION = "organizationId";

    private Claims() {
    }
}
