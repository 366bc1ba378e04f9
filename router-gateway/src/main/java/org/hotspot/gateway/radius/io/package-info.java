/**
 * RADIUS over UDP on Vert.x datagram sockets: the authentication and accounting servers with their
 * drop accounting and duplicate detection, and the Disconnect/CoA client. Decisions are not made here.
 */
package org.hotspot.gateway.radius.io;
