package org.hotspot.portal.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import org.hotspot.portal.client.Branding;
import org.hotspot.portal.client.BrandingClient;
import org.hotspot.portal.web.Language;
import org.hotspot.portal.web.Languages;

/** Builds each page's {@link Frame}: the organization's brand and the language chosen for the visit. */
@ApplicationScoped
class Frames {

    private final BrandingClient brandings;

    Frames(BrandingClient brandings) {
        this.brandings = brandings;
    }

    /** A frame for the organization's pages; without its brand when auth-service cannot say. */
    Uni<Frame> of(String organizationId, Visit visit, Function<String, String> hrefForTag) {
        return brandings.branding(organizationId)
                .map(branding -> frame(organizationId, branding, visit, hrefForTag));
    }

    /** A frame before any organization is known: the visitor's language, no brand. */
    static Frame plain(Visit visit, Function<String, String> hrefForTag) {
        return Frame.of(language(visit, null), Brand.NONE, hrefForTag);
    }

    private static Frame frame(String organizationId, Optional<Branding> branding, Visit visit,
            Function<String, String> hrefForTag) {
        Language language = language(visit, branding.map(Branding::language).orElse(null));
        return Frame.of(language, branding.map(found -> Brand.of(organizationId, found)).orElse(Brand.NONE),
                hrefForTag);
    }

    static Language language(Visit visit, String organizationLanguage) {
        return Languages.choose(visit.lang(), visit.acceptLanguage(), organizationLanguage);
    }
}
