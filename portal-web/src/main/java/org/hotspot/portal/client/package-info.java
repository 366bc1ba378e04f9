/**
 * Outgoing REST calls to the backends' internal endpoints: package-private REST client interfaces,
 * each wrapped by a public bean adding the service token, a timeout and retries, and turning the
 * backends' answers (404, 410, 429, down) into values or {@link org.hotspot.portal.client.BackendUnavailable}.
 */
package org.hotspot.portal.client;
