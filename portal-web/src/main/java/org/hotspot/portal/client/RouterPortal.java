package org.hotspot.portal.client;

/**
 * What the portal knows of a router (router-gateway's {@code GET /internal/routers/{id}/portal}).
 *
 * @param hotspotDnsName the {@code dns-name} of the router's hotspot profile, with an optional
 *                       {@code :port}; null when the operator has not set it
 */
public record RouterPortal(String id, String organizationId, String name, String site, String nasIp,
        String hotspotDnsName) {
}
