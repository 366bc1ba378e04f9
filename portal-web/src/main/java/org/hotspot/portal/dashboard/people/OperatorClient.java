package org.hotspot.portal.dashboard.people;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.security.Role;

/** auth-service's operator endpoints, called with the signed-in admin's token. */
@RegisterRestClient(configKey = "auth-service")
@Path("/api/operators")
interface OperatorClient {

    record NewOperator(String username, String password, Role role) {
    }

    record RoleChange(Role role) {
    }

    record NewPassword(String password) {
    }

    @GET
    Uni<List<Person>> list(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/{id}")
    Uni<Person> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @POST
    Uni<Person> create(@HeaderParam("Authorization") String authorization, NewOperator operator);

    @POST
    @Path("/{id}/disable")
    Uni<Person> disable(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @POST
    @Path("/{id}/enable")
    Uni<Person> enable(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @PUT
    @Path("/{id}/role")
    Uni<Person> changeRole(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            RoleChange change);

    @PUT
    @Path("/{id}/password")
    Uni<Person> resetPassword(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            NewPassword password);

    @DELETE
    @Path("/{id}/totp")
    Uni<Person> resetTotp(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);
}
