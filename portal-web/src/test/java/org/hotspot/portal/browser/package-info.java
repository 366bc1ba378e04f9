/**
 * The captive portal in a real browser: Chromium, a MikroTik stand-in serving the router kit, and
 * the packaged auth-service, voucher-service and router-gateway behind portal-web, as a customer's
 * phone meets them.
 */
package org.hotspot.portal.browser;
