package org.hotspot.auth.service;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Organization;
import org.hotspot.auth.OrganizationSettings;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.audit.AuditEntry.Result;

/** Organizations: platform admins create and see all; everyone else sees only their own. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final AuthAudit audit;

    public OrganizationService(OrganizationRepository organizations, AuthAudit audit) {
        this.organizations = organizations;
        this.audit = audit;
    }

    public Uni<Organization> create(Caller caller, OrganizationSettings settings) {
        checkZoneAndCurrency(settings);
        Organization organization = new Organization();
        organization.id = UUID.randomUUID().toString();
        organization.name = settings.name().trim();
        organization.requireTotp = settings.requireTotp();
        organization.language = settings.language() == null ? Organization.DEFAULT_LANGUAGE : settings.language();
        organization.timeZone = settings.timeZone() == null ? Organization.DEFAULT_TIME_ZONE
                : ZoneId.of(settings.timeZone()).getId();
        organization.currency = settings.currency() == null ? Organization.DEFAULT_CURRENCY : settings.currency();
        organization.digits = settings.digits() == null ? Organization.DEFAULT_DIGITS : settings.digits();
        organization.createdAt = Instant.now();
        return organizations.persist(organization)
                .call(created -> audit.record(created.id, caller.username(), "ORGANIZATION_CREATED", "organization",
                        created.id, caller.clientAddress(), Result.SUCCESS, created.name));
    }

    public Uni<List<Organization>> list(Caller caller) {
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return organizations.listAll(Sort.ascending("name"));
        }
        return organizations.findById(caller.organizationId())
                .map(organization -> organization == null ? List.<Organization>of() : List.of(organization));
    }

    public Uni<Organization> get(Caller caller, String id) {
        if (!caller.is(Role.PLATFORM_ADMIN) && !id.equals(caller.organizationId())) {
            return Uni.createFrom().failure(AuthProblems.notFound("organization", id));
        }
        return organizations.findById(id)
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id));
    }

    public Uni<Organization> update(Caller caller, String id, OrganizationSettings settings) {
        checkZoneAndCurrency(settings);
        OrganizationSettings cleaned = new OrganizationSettings(settings.name().trim(), settings.requireTotp(),
                settings.language(),
                settings.timeZone() == null ? null : ZoneId.of(settings.timeZone()).getId(), settings.currency(),
                settings.digits());
        return get(caller, id)
                .chain(organization -> organizations.setSettings(id, cleaned))
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id))
                .call(updated -> audit.record(updated.id, caller.username(), "ORGANIZATION_UPDATED", "organization",
                        updated.id, caller.clientAddress(), Result.SUCCESS,
                        "requireTotp=" + updated.requireTotp + ", timeZone=" + updated.timeZoneOrDefault()
                                + ", currency=" + updated.currencyOrDefault() + ", digits="
                                + updated.digitsOrDefault()));
    }

    /**
     * A zone {@link ZoneId} knows by its region id (not a bare offset, which misses daylight saving),
     * and a currency ISO 4217 has: a typo would otherwise put every date or price on the dashboard wrong.
     */
    private static void checkZoneAndCurrency(OrganizationSettings settings) {
        if (settings.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(settings.timeZone())) {
            throw ProblemException.invalidField("timeZone", "is not an IANA time zone such as Asia/Tehran or UTC");
        }
        if (settings.currency() != null && !isCurrency(settings.currency())) {
            throw ProblemException.invalidField("currency", "is not an ISO 4217 currency code such as USD or IRR");
        }
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(currency -> currency.getCurrencyCode().equals(code));
    }
}
