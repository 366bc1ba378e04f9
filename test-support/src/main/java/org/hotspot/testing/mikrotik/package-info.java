/**
 * A MikroTik hotspot's web server standing in for the router in browser tests:
 * {@link org.hotspot.testing.mikrotik.MikrotikStandIn} serves the router kit's pages with the
 * variables RouterOS fills in and turns the login form into a real Access-Request through
 * FreeRADIUS's radclient. It serves one device; it does not forward traffic or account.
 */
package org.hotspot.testing.mikrotik;
