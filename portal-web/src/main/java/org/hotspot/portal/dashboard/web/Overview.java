package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The overview page: its figures, each with what it counts or nothing when its service did not say. */
@TemplateData
public record Overview(List<Figure> figures) {

    /**
     * One figure.
     *
     * @param labelKey the {@link DashMessages} key of its label
     * @param value    the count already written for the page's language, or null when unavailable
     * @param href     the section it leads to, or null
     */
    @TemplateData
    public record Figure(String id, String labelKey, String value, String href) {

        public boolean available() {
            return value != null;
        }
    }
}
