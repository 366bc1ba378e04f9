package org.hotspot.auth.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Base64;
import org.hotspot.auth.Branding;
import org.hotspot.auth.Organization;
import org.hotspot.auth.service.BrandingService;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.validation.PlainText;

/** The records of the branding endpoints. */
public final class BrandingApi {

    private static final String COLOR_MESSAGE = "must be a colour written #rrggbb";
    /** The base64 length of {@link Branding#MAX_LOGO_BYTES}: a longer text is refused before it is decoded. */
    private static final int MAX_LOGO_BASE64 = (Branding.MAX_LOGO_BYTES + 2) / 3 * 4;

    private BrandingApi() {
    }

    /**
     * An admin's branding. {@code logo} is the image in base64: absent or null keeps the stored one,
     * an empty string removes it.
     */
    public record BrandingRequest(@Size(max = Branding.MAX_DISPLAY_NAME) @PlainText String displayName,
            @Pattern(regexp = Branding.COLOR, message = COLOR_MESSAGE) String primaryColor,
            @Pattern(regexp = Branding.COLOR, message = COLOR_MESSAGE) String accentColor,
            @Size(max = Branding.MAX_TERMS_TEXT) @MultilineText String termsText,
            @Size(max = MAX_LOGO_BASE64, message = "must be at most 16 KiB (" + MAX_LOGO_BASE64
                    + " base64 characters): the portal's whole login page has a 30 KB budget") String logo) {

        BrandingService.Change change() {
            return new BrandingService.Change(displayName, primaryColor, accentColor, termsText, logoBytes());
        }

        private byte[] logoBytes() {
            if (logo == null) {
                return null;
            }
            try {
                return Base64.getDecoder().decode(logo);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("logo", "must be the image in base64");
            }
        }
    }

    /** An organization's branding as its admin sees it: the logo's type and size, not its bytes. */
    public record BrandingView(String organizationId, String displayName, String primaryColor, String accentColor,
            String termsText, String logoContentType, Integer logoSize, Instant updatedAt) {

        static BrandingView of(Organization organization) {
            Branding branding = organization.branding == null ? new Branding() : organization.branding;
            return new BrandingView(organization.id, branding.displayName, branding.primaryColor,
                    branding.accentColor, branding.termsText, branding.logoContentType,
                    branding.logo == null ? null : branding.logo.length, branding.updatedAt);
        }
    }

    /** What portal-web needs to dress an organization's pages, the logo in base64 (null when none). */
    public record PortalBranding(String id, String name, String language, String displayName, String primaryColor,
            String accentColor, String termsText, String logoContentType, String logo) {

        static PortalBranding of(Organization organization) {
            Branding branding = organization.branding == null ? new Branding() : organization.branding;
            return new PortalBranding(organization.id, organization.name, organization.languageOrDefault(),
                    branding.displayName, branding.primaryColor, branding.accentColor, branding.termsText,
                    branding.logoContentType,
                    branding.logo == null ? null : Base64.getEncoder().encodeToString(branding.logo));
        }
    }
}
