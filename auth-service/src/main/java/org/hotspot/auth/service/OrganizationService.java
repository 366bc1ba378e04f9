package org.hotspot.auth.service;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Organization;
import org.hotspot.auth.repository.OrganizationRepository;
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

    public Uni<Organization> create(Caller caller, String name, boolean requireTotp, String language) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID().toString();
        organization.name = name.trim();
        organization.requireTotp = requireTotp;
        organization.language = language == null ? Organization.DEFAULT_LANGUAGE : language;
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

    public Uni<Organization> update(Caller caller, String id, String name, boolean requireTotp, String language) {
        return get(caller, id)
                .chain(organization -> organizations.setSettings(id, name.trim(), requireTotp, language))
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id))
                .call(updated -> audit.record(updated.id, caller.username(), "ORGANIZATION_UPDATED", "organization",
                        updated.id, caller.clientAddress(), Result.SUCCESS,
                        "requireTotp=" + updated.requireTotp));
    }
}
