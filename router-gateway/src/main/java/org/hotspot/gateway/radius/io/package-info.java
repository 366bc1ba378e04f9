/**
 * RADIUS over UDP: the authentication and accounting servers (Netty channels on Vert.x's event loops)
 * with their drop accounting and duplicate detection, and the Disconnect/CoA client. A router is known
 * here only as a {@code RadiusClient}; no decision is made here. {@code CompletionStage} is the one
 * async type in and out of this package.
 */
package org.hotspot.gateway.radius.io;
