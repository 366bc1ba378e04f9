package org.hotspot.portal.dashboard.settings;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * After the dashboard's gate has found the operator, makes sure their organization's look (time zone,
 * digits) is known before the page is written: one call to auth-service a minute per organization,
 * not one per page. Pages build their frame synchronously, so it has to be there before they run.
 */
public class OrganizationLookFilter {

    private final SignedIn signedIn;
    private final OrganizationLooks looks;

    public OrganizationLookFilter(SignedIn signedIn, OrganizationLooks looks) {
        this.signedIn = signedIn;
        this.looks = looks;
    }

    /**
     * After the gate (which runs at the default priority) has filled {@link SignedIn}. Form-reading
     * filters run after all the others whatever their priority, and the gate reads the form, so this
     * one reads it too to be ordered after the gate by priority.
     */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    @WithFormRead
    public Uni<Void> knowTheLook() {
        if (!signedIn.present()) {
            return Uni.createFrom().voidItem();
        }
        String organizationId = signedIn.operator().organizationId();
        if (looks.fresh(organizationId) != null) {
            return Uni.createFrom().voidItem();
        }
        return looks.load(organizationId, signedIn.authorization());
    }
}
