/** Outgoing REST calls: package-private REST client interfaces, each wrapped by a public bean adding the service token, timeouts and retries. */
package org.hotspot.gateway.client;
