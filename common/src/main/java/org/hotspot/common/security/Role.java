package org.hotspot.common.security;

/** Operator roles, strongest first. An operator has exactly one; the token's {@code groups} claim holds it. */
public enum Role {
    /** Runs the installation: creates organizations, manages every organization's operators. */
    PLATFORM_ADMIN,
    /** Runs one ISP: its operators, profiles, routers and settings. */
    ORG_ADMIN,
    /** Day-to-day work in one organization: vouchers, sessions, routers. */
    OPERATOR,
    /** Sells vouchers of allowed profiles within a credit. */
    RESELLER,
    /** Reads, never changes. */
    VIEWER;

    /** Role names usable in {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
        public static final String ORG_ADMIN = "ORG_ADMIN";
        public static final String OPERATOR = "OPERATOR";
        public static final String RESELLER = "RESELLER";
        public static final String VIEWER = "VIEWER";

        private Names() {
        }
    }
}
