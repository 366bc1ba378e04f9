/**
 * Outgoing REST calls to auth-service (organizations, operators): package-private REST client
 * interfaces, each wrapped by a public bean adding timeouts and retries.
 */
package org.hotspot.voucher.client;
