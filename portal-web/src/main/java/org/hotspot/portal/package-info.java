/**
 * portal-web: so far only the service itself (health, metrics, the shared security) and the
 * addresses of the services it is to call ({@code config/}). The captive portal pages, the operator
 * dashboard and the {@code /api/**} proxy are planned and not here yet.
 */
package org.hotspot.portal;
