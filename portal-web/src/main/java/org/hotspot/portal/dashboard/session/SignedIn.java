package org.hotspot.portal.dashboard.session;

import jakarta.enterprise.context.RequestScoped;
import org.hotspot.portal.web.Language;
import org.hotspot.portal.web.Languages;

/**
 * The signed-in browser of this request, filled by the session filter for {@code /dashboard/**}
 * before any page resource runs. On every dashboard page but the sign-in pages, {@link #operator()}
 * is never null: a request without a valid session was already redirected to the sign-in page.
 */
@RequestScoped
public class SignedIn {

    private BrowserSessions.Resumed resumed;
    private Operator operator;
    private String accessToken;
    private String csrfToken;
    private Language language = Languages.ENGLISH;
    private String organizationName;
    private String requestId;

    /** The operator of this browser session; null only on the sign-in pages. */
    public Operator operator() {
        return operator;
    }

    /** Whether a session was found for this request. */
    public boolean present() {
        return operator != null;
    }

    /** {@code Bearer <access token>}, for REST calls to the services on the operator's behalf. */
    public String authorization() {
        return accessToken == null ? null : "Bearer " + accessToken;
    }

    /** Put in every form as {@code <input type="hidden" name="_csrf" value="...">}. */
    public String csrfToken() {
        return csrfToken;
    }

    /**
     * The page language: {@code ?lang}, then the operator's choice on the account page, then the
     * browser's {@code Accept-Language}, then the organization's language, then English.
     */
    public Language language() {
        return language;
    }

    /** The organization's display name (or its name), for the frame; null when auth-service could not say. */
    public String organizationName() {
        return organizationName;
    }

    /** This request's id, sent on as {@code X-Request-Id} and quoted on error pages. */
    public String requestId() {
        return requestId;
    }

    void signIn(BrowserSessions.Resumed resumed, String accessToken, String csrfToken, String organizationName) {
        this.resumed = resumed;
        this.operator = resumed.operator();
        this.accessToken = accessToken;
        this.csrfToken = csrfToken;
        this.organizationName = organizationName;
    }

    BrowserSessions.Resumed resumed() {
        return resumed;
    }

    void language(Language language) {
        this.language = language;
    }

    void requestId(String requestId) {
        this.requestId = requestId;
    }

    /** Before a session exists (the sign-in pages): the CSRF token of the pending sign-in, if any. */
    void csrfToken(String csrfToken) {
        this.csrfToken = csrfToken;
    }
}
