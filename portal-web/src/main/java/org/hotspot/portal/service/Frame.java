package org.hotspot.portal.service;

import java.util.List;
import java.util.function.Function;
import org.hotspot.portal.web.Language;
import org.hotspot.portal.web.Languages;

/**
 * What the layout of every page needs: its language and direction, the links to the other
 * languages (keeping the page's own parameters), and the organization's brand.
 */
public record Frame(Language language, List<LanguageLink> languages, Brand brand) {

    /** A link to the same page in another language. */
    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    static Frame of(Language language, Brand brand, Function<String, String> hrefForTag) {
        List<LanguageLink> links = Languages.ALL.stream()
                .map(other -> new LanguageLink(other.tag(), other.name(), hrefForTag.apply(other.tag()),
                        other.equals(language)))
                .toList();
        return new Frame(language, links, brand);
    }
}
