package org.hotspot.portal.dashboard.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each organization's {@link OrganizationLook}, kept a minute so a page is not an extra call to
 * auth-service. The settings page forgets an organization's entry when it saves, so this replica
 * shows a change at once; another replica within the minute.
 */
@ApplicationScoped
public class OrganizationLooks {

    static final Duration KEPT = Duration.ofMinutes(1);
    /** A bound, so a flood of organizations cannot grow the map without end; dropping all is only a refetch. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(OrganizationLook look, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The organization's look if known and fresh, else null. */
    public OrganizationLook fresh(String organizationId) {
        Entry entry = organizationId == null ? null : entries.get(organizationId);
        return entry == null || entry.expiresAtNanos() - System.nanoTime() < 0 ? null : entry.look();
    }

    /** The look to write a page with: the fresh one, else the defaults. */
    public OrganizationLook of(String organizationId) {
        OrganizationLook look = fresh(organizationId);
        return look == null ? OrganizationLook.DEFAULT : look;
    }

    void put(String organizationId, OrganizationLook look) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(organizationId, new Entry(look, System.nanoTime() + KEPT.toNanos()));
    }

    void forget(String organizationId) {
        entries.remove(organizationId);
    }
}
