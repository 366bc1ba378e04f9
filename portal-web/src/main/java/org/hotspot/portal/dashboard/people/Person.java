package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import org.hotspot.common.security.Role;

/** An operator as auth-service answers it (never a password or a TOTP secret). */
@TemplateData
public record Person(String id, String organizationId, String username, Role role, boolean disabled,
        boolean totpEnabled, Instant createdAt) {

    /** The {@code people} key of the role's name. */
    public String roleKey() {
        return Roles.keyOf(role);
    }

    public boolean reseller() {
        return role == Role.RESELLER;
    }
}
