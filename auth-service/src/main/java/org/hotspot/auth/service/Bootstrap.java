package org.hotspot.auth.service;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.auth.Operator;
import org.hotspot.auth.Organization;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.security.Role;
import org.hotspot.keys.KeyMaterial;
import org.jboss.logging.Logger;

/**
 * The first start: the platform organization and the platform admin {@code admin}, with the
 * password from {@code HOTSPOT_ADMIN_PASSWORD}, or a generated one logged once. Replicas starting
 * together are safe: the unique username index lets one insert win.
 */
@ApplicationScoped
public class Bootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final OrganizationRepository organizations;
    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final Optional<String> adminPassword;

    public Bootstrap(OrganizationRepository organizations, OperatorRepository operators, PasswordHasher hasher,
            @ConfigProperty(name = "hotspot.admin-password") Optional<String> adminPassword) {
        this.organizations = organizations;
        this.operators = operators;
        this.hasher = hasher;
        this.adminPassword = adminPassword;
    }

    void onStart(@Observes @Priority(5000) StartupEvent start) {
        platformOrganization()
                .chain(() -> operators.findByUsername(ADMIN))
                .chain(existing -> existing != null ? Uni.createFrom().voidItem() : createAdmin())
                .await().atMost(Duration.ofSeconds(60));
    }

    private Uni<Void> platformOrganization() {
        return organizations.findById(Organization.PLATFORM_ID)
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    Organization platform = new Organization();
                    platform.id = Organization.PLATFORM_ID;
                    platform.name = "Platform";
                    platform.createdAt = Instant.now();
                    return organizations.persistOrUpdate(platform).replaceWithVoid();
                });
    }

    private Uni<Void> createAdmin() {
        boolean generated = adminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(() -> KeyMaterial.newPassword(20));
        PasswordPolicy.check(ADMIN, password);
        return hasher.hash(password)
                .chain(hash -> {
                    Operator admin = new Operator();
                    admin.id = UUID.randomUUID().toString();
                    admin.organizationId = Organization.PLATFORM_ID;
                    admin.username = ADMIN;
                    admin.role = Role.PLATFORM_ADMIN;
                    admin.passwordHash = hash;
                    admin.createdAt = Instant.now();
                    admin.updatedAt = admin.createdAt;
                    return operators.persist(admin);
                })
                // Said only by the replica whose insert won, so the password shown is the one that works.
                .invoke(admin -> LOG.infof(generated
                        ? "Created platform admin '" + ADMIN + "' with the generated password " + password
                                + " (shown once; set HOTSPOT_ADMIN_PASSWORD to choose it)"
                        : "Created platform admin '" + ADMIN + "' with the password from HOTSPOT_ADMIN_PASSWORD"))
                .onFailure(MongoErrors::isDuplicateKey).recoverWithNull()
                .replaceWithVoid();
    }
}
