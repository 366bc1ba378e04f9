package org.hotspot.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the pages and how one is chosen: the link's {@code ?lang}, then the browser's
 * {@code Accept-Language}, then the organization's language, then English. The customer's own
 * choices come first: a tourist on a café's Arabic hotspot still reads French.
 */
public final class Languages {

    public static final Language ENGLISH = new Language("en", "English");

    /** In the order the language links show them. */
    public static final List<Language> ALL = List.of(ENGLISH, new Language("ar", "العربية"),
            new Language("fa", "فارسی"), new Language("ru", "Русский"), new Language("fr", "Français"));

    /** A header longer than this is not a browser's; it is not parsed. */
    private static final int MAX_ACCEPT_LANGUAGE = 512;

    private Languages() {
    }

    /**
     * @param asked          {@code ?lang}, may be null
     * @param acceptLanguage the request's header, may be null or malformed
     * @param organization   the organization's language, may be null
     */
    public static Language choose(String asked, String acceptLanguage, String organization) {
        return byTag(asked)
                .or(() -> fromHeader(acceptLanguage))
                .or(() -> byTag(organization))
                .orElse(ENGLISH);
    }

    /** One of ours by its primary tag ({@code fr-CA} is French), or empty. */
    public static Optional<Language> byTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return ALL.stream().filter(language -> language.tag().equals(primary)).findFirst();
    }

    private static Optional<Language> fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_ACCEPT_LANGUAGE) {
            return Optional.empty();
        }
        try {
            // Sorted by weight, highest first; the first range that names one of ours wins.
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> byTag(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
