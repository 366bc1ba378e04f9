package org.hotspot.portal.dashboard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hotspot.common.security.Role;

/**
 * The dashboard's sections and who sees them. Hiding a link is a courtesy: each service checks the
 * caller's role again on every call.
 */
public final class Navigation {

    /** Every section, in the order the navigation shows them. */
    public static final List<Section> SECTIONS = List.of(
            new Section("overview", "/dashboard", EnumSet.allOf(Role.class)),
            new Section("plans", "/dashboard/plans", EnumSet.allOf(Role.class)),
            new Section("batches", "/dashboard/batches", EnumSet.allOf(Role.class)),
            new Section("vouchers", "/dashboard/vouchers", EnumSet.allOf(Role.class)),
            // A reseller sells cards; who is online on the organization's routers is not theirs to see.
            new Section("sessions", "/dashboard/sessions", EnumSet.complementOf(EnumSet.of(Role.RESELLER))),
            new Section("routers", "/dashboard/routers", EnumSet.complementOf(EnumSet.of(Role.RESELLER))),
            new Section("reports", "/dashboard/reports", EnumSet.allOf(Role.class)),
            new Section("sales", "/dashboard/sales", EnumSet.allOf(Role.class)),
            new Section("audit", "/dashboard/audit", EnumSet.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.VIEWER)),
            new Section("people", "/dashboard/people", EnumSet.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN)),
            new Section("settings", "/dashboard/settings", EnumSet.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN)),
            new Section("account", "/dashboard/account", EnumSet.allOf(Role.class)));

    private Navigation() {
    }

    /**
     * One section of the dashboard.
     *
     * @param id    its name, the {@code activeNav} of its pages and the key of its label ({@code dash:nav(id)})
     * @param href  its address
     * @param roles the roles that see it in the navigation
     */
    public record Section(String id, String href, Set<Role> roles) {

        public Section {
            roles = Set.copyOf(roles);
        }
    }

    /** The sections an operator of this role sees. */
    public static List<Section> visibleTo(Role role) {
        return SECTIONS.stream().filter(section -> section.roles().contains(role)).toList();
    }
}
