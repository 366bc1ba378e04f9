/**
 * Commands for a router's sessions as RFC 5176 requests: Disconnect-Request and CoA-Request, and the
 * outcome of each. The client socket and its retransmissions are {@code radius.io}'s CoaClient.
 */
package org.hotspot.gateway.radius.coa;
