package org.hotspot.portal.dashboard.settings;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Each organization's {@link OrganizationLook}, kept a minute so a page is not an extra call to
 * auth-service. The settings page replaces an organization's entry when it saves, so this replica
 * shows a change at once; another replica within the minute.
 */
@ApplicationScoped
public class OrganizationLooks {

    static final Duration KEPT = Duration.ofMinutes(1);
    /** How long a failed read leaves the defaults in place before the next page asks again. */
    static final Duration KEPT_AFTER_FAILURE = Duration.ofSeconds(10);
    /** How long a page may wait for the settings before it is written with the defaults. */
    static final Duration WAIT = Duration.ofSeconds(1);
    /** A bound, so a flood of organizations cannot grow the map without end; dropping all is only a refetch. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(OrganizationLook look, long expiresAtNanos) {
    }

    private static final Logger LOG = Logger.getLogger(OrganizationLooks.class);

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final OrganizationClient organizations;

    public OrganizationLooks(@RestClient OrganizationClient organizations) {
        this.organizations = organizations;
    }

    /**
     * Asks auth-service for the organization's look with the operator's token and keeps it; never a
     * failure: without an answer the pages are written in UTC and the language's digits, and the
     * next page asks again.
     */
    public Uni<Void> load(String organizationId, String authorization) {
        return organizations.get(authorization, organizationId)
                .ifNoItem().after(WAIT).fail()
                .invoke(found -> put(organizationId, OrganizationLook.of(found)))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.debugf(failure, "organization %s's settings could not be read", organizationId);
                    // The defaults for a little while: pages do not each wait again for a service that is down.
                    put(organizationId, OrganizationLook.DEFAULT, KEPT_AFTER_FAILURE);
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * The look to write a page with now, and on a miss a {@link #load} started for the next page: a
     * page is never held up by it.
     */
    public OrganizationLook ofOrLoad(String organizationId, String authorization) {
        OrganizationLook look = fresh(organizationId);
        if (look != null) {
            return look;
        }
        if (authorization != null) {
            load(organizationId, authorization).subscribe().with(done -> {
            });
        }
        return OrganizationLook.DEFAULT;
    }

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
        put(organizationId, look, KEPT);
    }

    private void put(String organizationId, OrganizationLook look, Duration kept) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(organizationId, new Entry(look, System.nanoTime() + kept.toNanos()));
    }

}
