/**
 * portal-web: the captive portal customers meet ({@code rest/} pages rendered from
 * {@code service/} use cases, {@code client/} calls to the backends, {@code mikrotik/} what the
 * router's pages hand over, {@code web/} the layout's language and the browser security headers)
 * and the service's shared parts (health, metrics, security). The operator dashboard and the
 * {@code /api/**} proxy are planned and not here yet.
 */
package org.hotspot.portal;
