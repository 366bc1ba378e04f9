package org.hotspot.portal.dashboard.plans;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotspot.portal.dashboard.web.DashboardFrame;

/** A page of the plans and batches areas: its template with the frame and its {@code page} record. */
public final class HtmlPages {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private HtmlPages() {
    }

    /** The page with the status; never kept by a shared cache, it shows an organization's plans, codes and sales. */
    public static Response render(int status, Template template, DashboardFrame frame, Object page) {
        TemplateInstance instance = frame.on(template.data("page", page));
        return Response.status(status).type(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(instance.render()).build();
    }
}
