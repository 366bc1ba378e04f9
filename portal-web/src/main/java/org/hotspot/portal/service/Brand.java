package org.hotspot.portal.service;

import java.util.regex.Pattern;
import org.hotspot.portal.client.Branding;

/**
 * An organization's look on a page.
 *
 * @param displayName what the page is titled with; null for none
 * @param logo        whether {@code /portal/brand/{organizationId}/logo} has one
 * @param themed      whether {@code /portal/brand/{organizationId}/theme.css} sets colours
 * @param terms       the terms text; null for none
 */
public record Brand(String organizationId, String displayName, boolean logo, boolean themed, String terms) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    static final Brand NONE = new Brand(null, null, false, false, null);

    static Brand of(String organizationId, Branding branding) {
        String name = branding.displayName() != null && !branding.displayName().isBlank() ? branding.displayName()
                : branding.name();
        return new Brand(organizationId, name, branding.logo() != null && !branding.logo().isEmpty(),
                colour(branding.primaryColor()) || colour(branding.accentColor()),
                branding.termsText() == null || branding.termsText().isBlank() ? null : branding.termsText());
    }

    /** Whether a colour can go into a stylesheet as it is: {@code #rrggbb} and nothing else. */
    public static boolean colour(String value) {
        return value != null && COLOUR.matcher(value).matches();
    }
}
