package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.hotspot.common.security.Role;
import org.hotspot.portal.web.Language;

/**
 * What the dashboard's layout ({@code templates/dashboard/layout.html}) needs of every page: pass
 * it to the template as {@code frame} ({@link #on}). The layout's inserts: {@code title}, {@code styles}
 * (an area's stylesheet), {@code status} (a message for the polite live region), {@code main}, and
 * {@code scripts} (an area's {@code <script src>}, such as
 * {@code /webjars/htmx.org/2.0.8/dist/htmx.min.js}; never inline).
 *
 * @param language         the page's language; {@code language.tag} and {@code language.dir} go on {@code <html>}
 * @param languages        links to the same page in the other languages
 * @param navigation       the sections this operator sees, the current one marked
 * @param operatorName     the operator's username, null on the sign-in pages
 * @param role             the operator's role, null on the sign-in pages
 * @param csrfToken        for the hidden {@code _csrf} field of every form
 * @param organizationName the organization's display name, null when unknown
 * @param formats          numbers, sizes, dates and durations in the page's language
 */
@TemplateData
public record DashboardFrame(Language language, List<LanguageLink> languages, List<NavEntry> navigation,
        String operatorName, Role role, String csrfToken, String organizationName, Formats formats) {

    private static final String ACCOUNT = "account";

    /** {@code ltr} or {@code rtl}. */
    public String dir() {
        return language.dir();
    }

    /** The language tag, for {@code <html lang>}. */
    public String lang() {
        return language.tag();
    }

    /** The sections of the navigation row: all the operator sees but their own account. */
    public List<NavEntry> sections() {
        return navigation.stream().filter(entry -> !ACCOUNT.equals(entry.id())).toList();
    }

    /** The account section, shown beside sign-out rather than in the row; null when not shown. */
    public NavEntry account() {
        return navigation.stream().filter(entry -> ACCOUNT.equals(entry.id())).findFirst().orElse(null);
    }

    /** Whether an operator is signed in (false on the sign-in pages: no navigation, no sign-out). */
    public boolean signedIn() {
        return operatorName != null;
    }

    /**
     * The operator's name between Unicode isolates (FSI, PDI): a Latin username inside an Arabic or
     * Persian sentence keeps its own direction and does not drag the punctuation around it along.
     */
    public String operatorNameIsolated() {
        return operatorName == null ? null : "\u2068" + operatorName + "\u2069";
    }

    /** The {@link DashMessages} key of the role's name ({@code {dash:message(frame.roleKey)}}), or null. */
    public String roleKey() {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case PLATFORM_ADMIN -> "rolePlatformAdmin";
            case ORG_ADMIN -> "roleOrgAdmin";
            case OPERATOR -> "roleOperator";
            case RESELLER -> "roleReseller";
            case VIEWER -> "roleViewer";
        };
    }

    /** The same frame with another CSRF token (the sign-in pages: the sign-in cookie's, new on a first visit). */
    public DashboardFrame withCsrf(String token) {
        return new DashboardFrame(language, languages, navigation, operatorName, role, token, organizationName,
                formats);
    }

    /** Sets this frame as the template's {@code frame} and the template's locale for its message bundles. */
    public TemplateInstance on(TemplateInstance page) {
        return page.data("frame", this).setAttribute("locale", language.locale());
    }

    /**
     * A link of the navigation.
     *
     * @param id      the section's id
     * @param href    its address
     * @param current whether the page is in this section ({@code aria-current="page"})
     */
    @TemplateData
    public record NavEntry(String id, String href, boolean current) {

        /** The {@link DashMessages} key of its label: {@code navPlans} for {@code plans}. */
        public String labelKey() {
            return "nav" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
        }
    }

    /**
     * A link to the same page in another language.
     *
     * @param href  the page's path with {@code ?lang=<tag>}
     */
    @TemplateData
    public record LanguageLink(String tag, String name, String href, boolean current) {
    }
}
