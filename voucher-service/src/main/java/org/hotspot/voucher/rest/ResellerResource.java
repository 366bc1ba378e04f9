package org.hotspot.voucher.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.common.validation.PlainText;
import org.hotspot.voucher.Reseller;
import org.hotspot.voucher.service.ResellerService;

/** Resellers' allowances: admins grant profiles and top up credit; a reseller reads their own at {@code /me}. */
@Path("/api/resellers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
public class ResellerResource {

    /**
     * @param addCredit added to the reseller's credit (0 to only change profiles)
     * @param allowedProfileIds the profiles the reseller may sell, replacing the previous list
     */
    public record GrantRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as USD or IRR") String currency,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal addCredit,
            @NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> allowedProfileIds) {
    }

    public record ResellerView(String username, String currency, BigDecimal credit, List<String> allowedProfileIds) {

        static ResellerView of(Reseller r) {
            BigDecimal credit = BigDecimal.valueOf(r.creditUnits, 4).stripTrailingZeros();
            // stripTrailingZeros makes 10 into 1E+1, which JSON readers take for a float.
            return new ResellerView(r.username, r.currency, credit.scale() < 0 ? credit.setScale(0) : credit,
                    r.allowedProfileIds);
        }
    }

    private final ResellerService resellers;
    private final Caller caller;

    public ResellerResource(ResellerService resellers, Caller caller) {
        this.resellers = resellers;
        this.caller = caller;
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ResellerView> grant(@PathParam("username") @PlainText String username,
            @NotNull @Valid GrantRequest request) {
        return resellers.grant(caller, username, request.currency(), request.addCredit(), request.allowedProfileIds())
                .map(ResellerView::of);
    }

    @GET
    public Uni<List<ResellerView>> list() {
        return resellers.list(caller).map(found -> found.stream().map(ResellerView::of).toList());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Role.Names.RESELLER)
    public Uni<ResellerView> me() {
        return resellers.get(caller, caller.username()).map(ResellerView::of);
    }
}
