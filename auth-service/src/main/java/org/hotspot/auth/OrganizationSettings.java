package org.hotspot.auth;

/**
 * What an admin sets of their organization; {@code language}, {@code timeZone}, {@code currency} and
 * {@code digits} may be null: the default for a new organization, unchanged on an update.
 */
public record OrganizationSettings(String name, boolean requireTotp, String language, String timeZone,
        String currency, String digits) {
}
