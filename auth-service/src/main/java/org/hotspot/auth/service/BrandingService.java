package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Branding;
import org.hotspot.auth.LogoFormat;
import org.hotspot.auth.Organization;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * An organization's branding on the captive portal, set by its admin (or a platform admin) and
 * read by portal-web. Seen and changed under the same scoping as the organization itself.
 */
@ApplicationScoped
public class BrandingService {

    /**
     * What an admin sends. Texts and colours replace the stored ones (null clears one); the logo is
     * kept when null and removed when empty, so a form that changes a colour need not send the
     * image again.
     */
    public record Change(String displayName, String primaryColor, String accentColor, String termsText,
            byte[] logo) {
    }

    private final OrganizationService organizations;
    private final OrganizationRepository repository;
    private final AuthAudit audit;

    public BrandingService(OrganizationService organizations, OrganizationRepository repository, AuthAudit audit) {
        this.organizations = organizations;
        this.repository = repository;
        this.audit = audit;
    }

    /** The organization with its branding, when the caller may see it; else 404 as for the organization. */
    public Uni<Organization> get(Caller caller, String id) {
        return organizations.get(caller, id);
    }

    public Uni<Organization> update(Caller caller, String id, Change change) {
        return organizations.get(caller, id)
                .map(found -> brandingOf(change))
                .chain(branding -> repository.setBranding(id, branding, change.logo() == null))
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id))
                .call(updated -> audit.record(updated.id, caller.username(), "ORGANIZATION_UPDATED", "organization",
                        updated.id, caller.clientAddress(), Result.SUCCESS, auditDetail(change, updated.branding)));
    }

    /** For portal-web, which serves every organization's customers: no caller scoping, the service token is the gate. */
    public Uni<Organization> forPortal(String id) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id));
    }

    private static Branding brandingOf(Change change) {
        Branding branding = new Branding();
        branding.displayName = blankToNull(change.displayName() == null ? null : change.displayName().strip());
        branding.primaryColor = colour(change.primaryColor());
        branding.accentColor = colour(change.accentColor());
        branding.termsText = blankToNull(change.termsText() == null ? null
                : change.termsText().replace("\r\n", "\n").strip());
        if (change.logo() != null && change.logo().length > 0) {
            branding.logo = change.logo();
            branding.logoContentType = logoFormat(change.logo()).contentType();
        }
        branding.updatedAt = Instant.now();
        return branding;
    }

    /** The format of an uploaded logo, or the 400 saying why it is refused. */
    private static LogoFormat logoFormat(byte[] logo) {
        if (logo.length > Branding.MAX_LOGO_BYTES) {
            throw ProblemException.invalidField("logo", "must be at most " + Branding.MAX_LOGO_BYTES
                    + " bytes (16 KiB): the portal's whole login page has a 30 KB budget; this one has "
                    + logo.length);
        }
        return LogoFormat.of(logo).orElseThrow(() -> ProblemException.invalidField("logo",
                LogoFormat.looksLikeMarkup(logo)
                        ? "is SVG or other markup, which can carry script; use a PNG, JPEG or WebP image"
                        : "must be a PNG, JPEG or WebP image"));
    }

    private static String colour(String colour) {
        return colour == null ? null : colour.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String auditDetail(Change change, Branding stored) {
        if (change.logo() == null) {
            return "branding; logo kept";
        }
        return stored.logo == null ? "branding; logo removed"
                : "branding; logo " + stored.logoContentType + ", " + stored.logo.length + " bytes";
    }
}
