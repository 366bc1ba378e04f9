package org.hotspot.portal.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.hotspot.portal.client.Branding;
import org.hotspot.portal.client.BrandingClient;
import org.hotspot.portal.config.PortalConfig;

/** An organization's logo and its colours as a stylesheet. */
@ApplicationScoped
public class BrandAssets {

    /** Raster images only: an SVG is a document that can carry script. */
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");

    /** A logo's bytes and type. */
    public record Logo(byte[] bytes, String contentType) {
    }

    private final BrandingClient brandings;
    private final Duration maxAge;

    BrandAssets(BrandingClient brandings, PortalConfig config) {
        this.brandings = brandings;
        this.maxAge = config.brandMaxAge();
    }

    public Duration maxAge() {
        return maxAge;
    }

    /**
     * The organization's colours as CSS custom properties, which portal.css reads. Empty rules when
     * it has none, or auth-service cannot say: the default colours then stay.
     */
    public Uni<String> theme(String organizationId) {
        return branding(organizationId)
                .map(branding -> ":root {" + property("--brand-primary", branding.map(Branding::primaryColor))
                        + property("--brand-accent", branding.map(Branding::accentColor)) + " }\n");
    }

    /** The logo, when the organization has one of a raster type. */
    public Uni<Optional<Logo>> logo(String organizationId) {
        return branding(organizationId)
                .map(branding -> branding
                        .filter(found -> found.logo() != null && IMAGE_TYPES.contains(found.logoContentType()))
                        .flatMap(found -> decode(found.logo()).map(bytes -> new Logo(bytes, found.logoContentType()))));
    }

    private Uni<Optional<Branding>> branding(String organizationId) {
        return Tokens.id(organizationId) ? brandings.branding(organizationId) : Uni.createFrom().item(Optional.empty());
    }

    private static String property(String name, Optional<String> colour) {
        // Only #rrggbb reaches the stylesheet: anything else could close the rule and add its own.
        return colour.filter(Brand::colour).map(value -> " " + name + ": " + value + ";").orElse("");
    }

    private static Optional<byte[]> decode(String base64) {
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
