package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;
import org.hotspot.common.security.Role;

/** The roles an admin may hand out, and the keys of their names in {@code people}. */
public final class Roles {

    private Roles() {
    }

    /** A role as a choice of a form: its value and the {@code people} key of its name. */
    @TemplateData
    public record Choice(String value, String key) {
    }

    /** An org admin can never make a platform admin (auth-service refuses it too). */
    static List<Role> grantableBy(Role caller) {
        return caller == Role.PLATFORM_ADMIN
                ? List.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.OPERATOR, Role.RESELLER, Role.VIEWER)
                : List.of(Role.ORG_ADMIN, Role.OPERATOR, Role.RESELLER, Role.VIEWER);
    }

    static List<Choice> choicesFor(Role caller) {
        return grantableBy(caller).stream().map(role -> new Choice(role.name(), keyOf(role))).toList();
    }

    /** {@code PLATFORM_ADMIN} to {@code rolePlatformAdmin}: the keys of the roles' names in {@code people}. */
    static String keyOf(Role role) {
        if (role == null) {
            return null;
        }
        StringBuilder key = new StringBuilder("role");
        for (String word : role.name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
