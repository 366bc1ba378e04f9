/**
 * router-gateway, the only service that talks to routers. The domain types (Router, RouterAddress,
 * their mode and status) and the REST problems sit at this root; RADIUS is in {@code radius}, router
 * management and keys in {@code service}. The RouterOS API ({@code routeros}, codec and io apart as in
 * {@code radius}) and router monitoring ({@code monitoring}) are not built yet.
 */
package org.hotspot.gateway;
