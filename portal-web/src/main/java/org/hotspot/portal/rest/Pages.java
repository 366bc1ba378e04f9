package org.hotspot.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotspot.portal.service.Frame;
import org.hotspot.portal.service.PortalView;

/** Renders a {@link PortalView}: its template, in its language, with its status. */
@ApplicationScoped
class Pages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final Template login;
    private final Template autoPost;
    private final Template status;
    private final Template notice;

    Pages(@Location("portal/login.html") Template login, @Location("portal/auto-post.html") Template autoPost,
            @Location("portal/status.html") Template status, @Location("portal/notice.html") Template notice) {
        this.login = login;
        this.autoPost = autoPost;
        this.status = status;
        this.notice = notice;
    }

    Response render(PortalView view) {
        if (view instanceof PortalView.Login page) {
            Response response = page(page.status(), login, page.frame(), page);
            return page.retryAfter() == null ? response
                    : Response.fromResponse(response).header("Retry-After", page.retryAfter().toSeconds()).build();
        }
        if (view instanceof PortalView.AutoPost page) {
            return page(200, autoPost, page.frame(), page);
        }
        if (view instanceof PortalView.Status page) {
            return page(200, status, page.frame(), page);
        }
        if (view instanceof PortalView.Notice page) {
            return page(page.status(), notice, page.frame(), page);
        }
        return Response.seeOther(((PortalView.Redirect) view).location()).build();
    }

    private static Response page(int status, Template template, Frame frame, PortalView page) {
        TemplateInstance instance = template.data("frame", frame).data("page", page)
                .setAttribute("locale", frame.language().locale());
        // Pages carry a customer's router variables and status token: never kept by a shared cache.
        return Response.status(status).type(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(instance.render()).build();
    }
}
