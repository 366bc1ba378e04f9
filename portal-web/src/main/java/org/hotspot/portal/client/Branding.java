package org.hotspot.portal.client;

/**
 * An organization's look on the portal (auth-service's {@code GET /internal/organizations/{id}/branding}).
 *
 * @param language the organization's language, the last choice after the browser's
 * @param logo     base64, or null
 * @param primaryColor {@code #rrggbb} or null
 */
public record Branding(String id, String name, String language, String displayName, String primaryColor,
        String accentColor, String termsText, String logoContentType, String logo) {
}
