package org.hotspot.portal.dashboard.settings;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * After the dashboard's gate has found the operator, makes sure their organization's look (time zone,
 * digits) is known before the page is written: one call to auth-service a minute per organization,
 * not one per page. Pages build their frame synchronously, so it has to be there before they run.
 */
public class OrganizationLookFilter {

    private static final Logger LOG = Logger.getLogger(OrganizationLookFilter.class);

    private final SignedIn signedIn;
    private final OrganizationLooks looks;
    private final OrganizationClient organizations;

    public OrganizationLookFilter(SignedIn signedIn, OrganizationLooks looks,
            @RestClient OrganizationClient organizations) {
        this.signedIn = signedIn;
        this.looks = looks;
        this.organizations = organizations;
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
        return organizations.get(signedIn.authorization(), organizationId)
                .invoke(found -> looks.put(organizationId, OrganizationLook.of(found)))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    // The page still works in UTC and the language's digits; the next page asks again.
                    LOG.debugf(failure, "organization %s's settings could not be read", organizationId);
                    return Uni.createFrom().voidItem();
                });
    }
}
