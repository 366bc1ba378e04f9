package org.hotspot.portal.dashboard.settings;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** auth-service's organization endpoints, called with the signed-in operator's token. */
@RegisterRestClient(configKey = "auth-service")
@Path("/api/organizations/{id}")
interface OrganizationClient {

    /** What auth-service answers of an organization (fields this page does not use are ignored). */
    record Organization(String id, String name, boolean requireTotp, String language, String timeZone,
            String currency, String digits) {
    }

    /** The request of a change: every field this page shows. */
    record Change(String name, boolean requireTotp, String language, String timeZone, String currency,
            String digits) {
    }

    /** The captive portal's look, texts and colours (the logo stays as it is when {@code logo} is absent). */
    record Branding(String displayName, String primaryColor, String accentColor, String termsText) {
    }

    @GET
    Uni<Organization> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @PUT
    Uni<Organization> save(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Change change);

    @GET
    @Path("/branding")
    Uni<Branding> branding(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @PUT
    @Path("/branding")
    Uni<Branding> saveBranding(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            Branding branding);
}
